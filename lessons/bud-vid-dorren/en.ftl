title = A courier at the door
summary = You now know that the police and the bank never collect cards, codes, money or jewellery at your home. The number on the screen can be fake. There is no safe account. You never get an app because someone on the phone asks you to. Hang up and call yourself. If someone is at the door and you feel worried, call 112.

intro = Some thieves come to your home. First they call and say they are the police or the bank. Then a courier comes to your door. A courier is someone who collects or delivers something. The courier wants your card, your codes or your jewellery.

display = The number on the screen can be fake. It may say Police or 114 14, even though a thief is calling. So do not trust the number. Hang up, and call yourself.

never = The police never collect cards, codes, money or jewellery at your home. Neither does the bank. Only let in people you know. Do you feel worried? Close the door and call 112.
never-alt = A closed front door with a red cross. Next to it, it says: The police and the bank never collect cards, codes or jewellery. Do not open the door to the courier. Call 112.

q-door = Someone calls and says she is a police officer. A colleague will soon come and collect your bank card. What do you do?
q-door-hint = What do the police never do?
q-door-a1 = I put the card in an envelope, so that it is ready.
q-door-a1-fb = The police never collect cards at your home. Hang up and call the police yourself.
q-door-a2 = I hang up and call the police myself on 114 14.
q-door-a2-fb = Yes, exactly! Then you know that you are talking to the real police.
q-door-a3 = I give the courier the card, but not the code.
q-door-a3-fb = With the card alone the thief can shop with your money. Hang up and call the police yourself.

safe-account = The thief may also say that your money is in danger. You must move it to a safe account. But it is the thief's account. The money disappears. A real bank never asks you to move money during a call.

remote = Sometimes the thief wants you to get an app. The thief says it is to help you. But the app lets the thief see and control your phone or computer. Never get an app because someone on the phone asks you to.

q-safe = Someone from the bank calls. You must move your money to a safe account. What do you do?
q-safe-hint = Who do you call when you want to talk to the bank?
q-safe-a1 = I hang up and call the bank on the number on my card.
q-safe-a1-fb = Yes, exactly! A safe account is always a trick. Call the bank yourself.
q-safe-a2 = I move the money.
q-safe-a2-fb = The safe account is the thief's account. Hang up and call the bank yourself.
q-safe-a3 = I get the app they name, so that they can help me.
q-safe-a3-fb = With the app the thief can control your phone. Hang up and call the bank yourself.

help = Have you already handed over cards or codes? Call your bank at once. The number is on the bank's website, and on papers from the bank. Then the bank can block them. Then call the police on 114 14. Is the thief still there, or are you in danger? Call 112.

outro = Well done! The police and the bank never collect anything at your home. Remember the police's three steps: Hang up. Don't log in. Don't trust the caller.

keywords =
    Courier: someone who collects or delivers something.
    Fake number: the thief can make the screen say Police or Bank.
    Safe account: a trick. The money goes to the thief.
    Remote-control app: an app that lets someone else control your phone or computer.
    114 14: the police's number when it is not urgent.
    112: call it when you are in danger.
# The practice polisen-ringer (scenarios/polisen-ringer.toml)
polisen-ringer-titel = The police call
polisen-ringer-uppgift = Your phone rings. The screen says Police. Find out if it really is the police, and protect yourself. Press the buttons on the phone. Nothing real happens.
polisen-ringer-tips = Think of the police's three steps. And call yourself.
polisen-ringer-slut = You hung up and called the police yourself. You did not open the door to the courier, and you called 112. The police and the bank never collect anything at your home.
polisen-ringer-samtal = Phone
polisen-ringer-hem = At home
polisen-ringer-uppringare = Police
polisen-ringer-falskt-nummer = 114 14
polisen-ringer-svara = Answer
polisen-ringer-avvisa = Decline
polisen-ringer-samtal-1 = – Hello, my name is Eva and I am a police officer. We have caught some thieves. They have your card number. A colleague is coming to your home today. He will collect your bank card and your jewellery, so that they are safe with us.
polisen-ringer-saga-ja = Say yes and give your address
polisen-ringer-fraga = Ask what the colleague is called
polisen-ringer-samtal-2 = – He is called Peter. He is coming in an hour. Say nothing to your bank, they may be helping the thieves. Don't hang up!
polisen-ringer-lagg-pa = Hang up
polisen-ringer-lagt-pa-rubrik = The call has ended
polisen-ringer-lagt-pa-text = Do you want to know if it really was the police? Call yourself.
polisen-ringer-ring-tillbaka = Call back the number that called
polisen-ringer-ring-tillbaka-tips = Do not call that number back. Dial a number you know is right yourself: 114 14.
polisen-ringer-ring-114 = Dial 114 14 yourself
polisen-ringer-polisen-namn = Police
polisen-ringer-polisen-nummer = 114 14
polisen-ringer-polisen-svar = – Police, hello. Good that you hung up! We never collect cards or jewellery at anyone's home. Do not open the door to the courier. If he comes, call 112.
polisen-ringer-dorren-rubrik = The doorbell rings
polisen-ringer-dorren-text = A man calls through the door: It's Peter from the police. I am here to collect your card!
polisen-ringer-oppna = Open the door
polisen-ringer-ring-112 = Keep the door closed. Call 112
polisen-ringer-larm-namn = 112
polisen-ringer-larm-nummer = 112
polisen-ringer-larm-svar = – 112, what has happened? Good that you did not open the door. The police are on their way.
polisen-ringer-ja-titel = You said yes to the courier
polisen-ringer-ja-text = If this had been real, a thief would have come to your home. He would have taken your card and your jewellery. The police never collect such things. Hang up, and call the police yourself.
polisen-ringer-oppna-titel = You opened the door
polisen-ringer-oppna-text = If this had been real, a thief would have been standing at your door. Only let in people you know. Keep the door closed and call 112.
