title = What is BankID?
summary = BankID is your ID card online, and you get it from your bank. You use it to log in and to sign. The bank and the police never call and ask you to log in. Always read what the app says, and never tell anyone your code.

intro = BankID is an ID card that lives in your mobile phone. You get it from your bank. With BankID you show who you are online. It is also called Mobilt BankID.
intro-alt = A mobile phone showing an ID card.

tva = You use BankID for two things. You can log in, for example at the bank or with healthcare. You can also sign. It is like writing your name on a piece of paper.

q1 = What can you do with BankID?
q1-hint = Think of the two things you use BankID for.
q1-a1 = Make free phone calls
q1-a1-fb = You do that with the telephone. BankID has another job.
q1-a2 = Log in and sign
q1-a2-fb = Yes, exactly! You show who you are. You can also say yes to something, like with your name on a paper.
q1-a3 = Send letters by email
q1-a3-fb = You do that with email. BankID has another job.

aldrig = Thieves would like to trick you into using your BankID. Never use it because someone asks you on the phone, by text message or by email. The bank, the police and Skatteverket never call and ask you to log in. Nor does BankID.
aldrig-alt = A phone rings. Someone says: Hi, this is the bank. Log in now! Next to it are the police's three steps.

polis = Does someone call about your bank or your BankID? Then follow the police's three steps. Hang up. Don't log in. Don't trust the caller.

undantag = There is one exception. Did you call your bank yourself, on the number on your card? Then the bank may ask you to identify yourself with BankID. Check that the app shows the name of your bank. But if someone calls you and asks you to log in? Hang up.

q2 = The phone rings. A man says he is from your bank. He wants you to log in to protect your money. What do you do?
q2-hint = Think of the police's three steps.
q2-a1 = I log in, so that the money is protected.
q2-a1-fb = That is exactly how thieves trick people. A real bank never asks you to log in when it calls.
q2-a2 = I hang up and do not log in.
q2-a2-fb = Yes, exactly! Do you want to talk to the bank? Then call them yourself, on the number printed on your card.
q2-a3 = I tell him my code, so that he can help me.
q2-a3-fb = Your code is secret. Nobody who really helps you asks for it.

las = When you use BankID, the BankID app opens. An app is a program on the phone. The app shows a text. It says who is asking and why. Read the text carefully before you go on. Did you not start it yourself? Then tap Cancel.

kod = When you use BankID, you type a secret code. It is called a security code. Never tell the code to anyone. Never let anyone else use your BankID.

q3 = The BankID app opens and wants you to log in. But you have not started to log in anywhere yourself. What do you do?
q3-hint = Who started this? It was not you.
q3-a1 = I type my code to see what it is.
q3-a1-fb = Then you log in for someone else. It may be a thief who wants to get at your money. Tap Cancel instead.
q3-a2 = I tap Cancel.
q3-a2-fb = Yes, exactly! You did not start it yourself. Then you should always cancel.

slut = Well done! Now you know what BankID is and how to protect it. Have you been tricked? Call your bank at once, so that they can block your BankID. Then report it to the police on 114 14. You can always find the number on polisen.se.

keywords =
    BankID: your ID card on the net. You get it from your bank.
    App: a program on the phone.
    Log in: show who you are on the net.
    Sign: say yes to something, as with your signature.
    Security code: your secret code for BankID.
    Cancel: the button you press if you did not start something yourself.
