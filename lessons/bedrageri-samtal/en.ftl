title = Fraud on the phone
summary = You now know that thieves call and pretend to be the bank or the police. You know the police's three steps: Hang up. Don't log in. Don't trust the caller. If you have been tricked, you call your bank at once and then the police.

intro = Fraud is when someone tricks you out of money. Thieves often call on the phone. They say they are from the bank or the police. Sometimes they say they are from healthcare. They often sound kind and safe.

story = They may say that someone is taking your money right now. Then they ask you to log in with BankID to stop it. Or to read out a code. Then it is always fraud.

stress = The caller wants you to feel stressed. It has to go fast, and you must not hang up. That is a sure sign of fraud. A real bank always gives you time to think.

skarm = What the screen shows when the phone rings can be fake. Thieves can make it look as if the bank or the police is calling. Even the number can look right. So do not trust the name or the number.

hamta = Sometimes the thief wants to come to your home. He says he will collect your card, your money or your jewellery to keep them safe. The police and the bank never do that. Do not open the door. If you are in danger, call 112.

konto = The thief may say that your money must be moved to a safe account. There is no such account. Never move money because someone calls. The thief may also ask you to download an app, so that he can help you. Then he can control your phone or computer and take your money. Never download an app because someone calls and asks you to.

three = The police have three simple steps to follow when someone calls about your bank or your BankID. Hang up. Don't log in. Don't trust the caller.
three-alt = A phone where it says that the Bank is calling, in quotation marks. On the screen there is a red button: Hang up. Next to it, it says The police's advice: 1. Hang up. 2. Don't log in. 3. Don't trust the caller.

q-call = Someone says: I am calling from the bank. Log in with BankID now! What do you do?
q-call-hint = Think of the police's first step.
q-call-a1 = I log in, so that the money is safe.
q-call-a1-fb = The bank never asks you to log in during a call. Hang up.
q-call-a2 = I hang up.
q-call-a2-fb = Yes, exactly! It is never wrong to hang up.
q-call-a3 = I give them my code instead.
q-call-a3-fb = Your code is yours alone. Hang up.

after = Have you hung up? Good. If you want to talk to the bank, call them yourself. Use the number on your bank card.

tricked = Have you already logged in or given a code? Call your bank at once. They can block your card and your BankID. Then report it to the police on 114 14. If you are in danger, call 112. You can also read more on the police's page on the net, polisen.se.

q-steps = What are the police's three steps?
q-steps-hint = The first step is about ending the call.
q-steps-a1 = Listen carefully. Log in. Do as they say.
q-steps-a1-fb = That is what the thief wants. The police say: Hang up. Don't log in. Don't trust the caller.
q-steps-a2 = Hang up. Don't log in. Don't trust the caller.
q-steps-a2-fb = Yes, exactly! Three short steps that protect you.
q-steps-a3 = Ask them to call back later.
q-steps-a3-fb = Then they will call again. The police say: Hang up. Don't log in. Don't trust the caller.

q-first = You gave a code to someone who called. Who do you call first?
q-first-hint = Who can block your card and your BankID?
q-first-a1 = My bank
q-first-a1-fb = Yes, exactly! The bank can block cards and BankID. Then you report it to the police.
q-first-a2 = The person who called me
q-first-a2-fb = That was the person who tricked you. Call your bank on the number on your card.
q-first-a3 = Nobody, it is too late anyway.
q-first-a3-fb = It is not too late. Call your bank at once, so they can block things.

outro = Well done! Remember: Hang up. Don't log in. Don't trust the caller. It is never rude to hang up.

keywords =
    Fraud: when someone tricks you out of money.
    The police's three steps: Hang up. Don't log in. Don't trust the caller.
    114 14: the police's number when it is not urgent.
    112: call it when you are in danger.
# The practice banken-ringer (scenarios/banken-ringer.toml)
banken-ringer-titel = The bank calls
banken-ringer-uppgift = Your phone rings. It says it is the bank. What do you do? Press the buttons on the phone. Nothing real happens.
banken-ringer-tips = Think of the police's three steps.
banken-ringer-slut = You hung up. The screen said The bank, but that can be fake. The bank never calls and asks you to log in. Are you worried about your money? Call the bank yourself. Use the number on your card.
banken-ringer-uppringare = The bank
banken-ringer-nummer = 070-174 06 05
banken-ringer-svara = Answer
banken-ringer-avvisa = Decline
banken-ringer-samtal-1 = – Hello, my name is Anders and I am calling from the bank. Someone is trying to take 20,000 kronor from your account! Log in with your BankID now, and we will stop it.
banken-ringer-logga-in = Log in with BankID
banken-ringer-fraga = Ask how he knows
banken-ringer-samtal-2 = – We can see it in our system. It is urgent! You do not want to log in? Then you can tell me your code instead.
banken-ringer-saga-koden = Tell him your code
banken-ringer-lagg-pa = Hang up
banken-ringer-lagt-pa-rubrik = The call has ended
banken-ringer-lagt-pa-text = You hung up. Do you want to know how your account is? Call the bank yourself, on the number on your card.
banken-ringer-falla-titel = You logged in because someone called
banken-ringer-falla-text = If this had been real, the thief would now be inside your bank. Then he can take your money. The bank never calls to ask you to log in. Remember the police's three steps: Hang up. Don't log in. Don't trust the caller.
banken-ringer-kod-titel = You told him your code
banken-ringer-kod-text = If this had been real, the thief could now use your BankID. Never tell anyone your code. Remember the police's three steps: Hang up. Don't log in. Don't trust the caller.
