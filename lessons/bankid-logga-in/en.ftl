title = Logging in on a computer
summary = You choose Mobilt BankID on the computer, and a QR code appears. You open the app, tap Scan QR code and hold the phone towards the code. Then you read what the app says and type your code. If you are not logging in yourself, you tap Cancel.

intro = Now you will log in to a page online using the computer. You show who you are with BankID on your phone. So the computer and the phone work together. Have both ready before you start.

steg1 = Go to the page and choose to log in with Mobilt BankID. A QR code then appears on the computer screen. A QR code is a square full of small black spots.
steg1-alt = A computer showing a QR code and the text: Log in with Mobilt BankID.

steg2 = Open the BankID app on your phone. Tap Scan QR code. Now the phone's camera starts. Hold the phone so that the QR code shows in the camera. The app reads the code by itself.
steg2-alt = A phone is held in front of the computer screen. The phone shows the QR code.

q1 = A QR code appears on the computer screen. What do you do now?
q1-hint = It is the phone that should read the code. What is the button in the app called?
q1-a1 = I take a photo of the code and send it to the bank.
q1-a1-fb = That does not work. The code changes all the time. And you should never send it to anyone.
q1-a2 = I open BankID on my phone and tap Scan QR code.
q1-a2-fb = Yes, exactly! Then you hold the phone so that the code shows in the camera.
q1-a3 = I copy the code by typing on the keyboard.
q1-a3-fb = That is not possible. The code is a picture that only the phone can read.

steg3 = Now the app shows who you are logging in to. Read carefully. Does it match what you are doing yourself? Then type your security code, or use your finger. Last, tap Identify.
steg3-alt = A phone showing: You are logging in to Exempelbanken. Below are the buttons Identify and Cancel.

andras = The QR code changes all the time, every second. That is why it only works for you, right now. Never scan a code that someone else has sent you. Whoever asks you to do that wants to trick you.

aldrig = Never use BankID because someone asks you on the phone, by text message or by email. The bank, the police and Skatteverket never call and ask you to log in. Never tell anyone your code.

polis = Does someone call and ask you to log in? Then follow the police's three steps. Hang up. Don't log in. Don't trust the caller.

q2 = Someone calls and says he is from the police. He asks you to log in with BankID on a page. What do you do?
q2-hint = Think of the police's three steps. What is the first step?
q2-a1 = I hang up and do not log in.
q2-a1-fb = Yes, exactly! The police never call and ask you to log in. Hang up, don't log in, and don't trust the caller.
q2-a2 = I log in, because it is the police after all.
q2-a2-fb = The real police never ask you to log in. The caller is a thief.
q2-a3 = I give him my security code instead.
q2-a3-fb = Your code is secret. Never tell it to anyone, not even the police.

slut = Well done! Now you can log in with the computer and the phone. Have you been tricked? Call your bank at once, on the number on your card. Then report it to the police on 114 14.

keywords =
    QR code: a square full of small black spots that the phone can read.
    Scan QR code: the button in the app that starts the camera.
    Identify: the button you press last when you log in.
    The police's three steps: Hang up. Don't log in. Don't trust the caller.
