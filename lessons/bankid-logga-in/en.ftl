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

undantag = There is one exception. Did you call your bank yourself, on the number on your card? Then the bank may ask you to identify yourself with BankID. Check that the app shows the name of your bank. But if someone calls you and asks you to log in? Hang up.

q2 = Someone calls and says he is from the police. He asks you to log in with BankID on a page. What do you do?
q2-hint = Think of the police's three steps. What is the first step?
q2-a1 = I hang up and do not log in.
q2-a1-fb = Yes, exactly! The police never call and ask you to log in. Hang up, don't log in, and don't trust the caller.
q2-a2 = I log in, because it is the police after all.
q2-a2-fb = The real police never ask you to log in. The caller is a thief.
q2-a3 = I give him my security code instead.
q2-a3-fb = Your code is secret. Never tell it to anyone, not even the police.

slut = Well done! Now you can log in with the computer and the phone. Have you been tricked? Call your bank at once, on the number on your card. Then report it to the police on 114 14. You can always find the number on polisen.se.

keywords =
    QR code: a square full of small black spots that the phone can read.
    Scan QR code: the button in the app that starts the camera.
    Identify: the button you press last when you log in.
    The police's three steps: Hang up. Don't log in. Don't trust the caller.
# The practice logga-in-qr (scenarios/logga-in-qr.toml)
logga-in-qr-titel = Log in with your phone
logga-in-qr-uppgift = Log in to Vårdportalen on the computer. Use BankID on your phone. The practice code is on the note. It is not a real code. Never write down your real code. Press the buttons on the screen. Nothing real happens.
logga-in-qr-tips = Look at the computer and the phone. What should you do now?
logga-in-qr-slut = You logged in on the computer with BankID on your phone. You read who wanted you to log in. Then you typed your code. Do it like this every time.
logga-in-qr-lapp = Practice code: 472915
logga-in-qr-adress = vardportalen.example
logga-in-qr-portal-rubrik = Vårdportalen
logga-in-qr-portal-text = Welcome! Log in to see your appointments and read letters from your care.
logga-in-qr-portal-bankid = Log in with Mobile BankID
logga-in-qr-portal-kort = Log in with a card and reader
logga-in-qr-portal-kort-tips = You have BankID on your phone. Choose Mobile BankID.
logga-in-qr-qr-rubrik = Log in with Mobile BankID
logga-in-qr-qr-text = Open BankID on your phone and scan the QR code.
logga-in-qr-inloggad-rubrik = You are logged in
logga-in-qr-inloggad-text = Hello! Here you see your appointments and your letters.
logga-in-qr-hem-rad = The phone
logga-in-qr-hem-text = Which app do you want to open?
logga-in-qr-hem-bankid = BankID
logga-in-qr-hem-sms = Messages
logga-in-qr-hem-tips = It is the BankID app you should open.
logga-in-qr-app-rad = BankID
logga-in-qr-app-text = What do you want to do?
logga-in-qr-app-skanna = Scan QR code
logga-in-qr-kamera-text = The camera is on now. Hold the phone so that the QR code on the computer shows.
logga-in-qr-kamera-rikta = Hold the phone up to the computer
logga-in-qr-kamera-tips = There is no QR code on the computer yet. Choose Mobile BankID on the computer first.
logga-in-qr-bakat-i-appen = Back in the app
logga-in-qr-vem-rubrik = Vårdportalen wants you to log in
logga-in-qr-vem-text = Is it you who wants to log in to Vårdportalen? Then type your code and press Identify.
logga-in-qr-vem-identifiera = Identify
logga-in-qr-vem-avbryt = Cancel
logga-in-qr-kod-tips = Look at the note on the table. Type all six digits, one at a time. Then press Identify.
logga-in-qr-avbryt-tips = It is you who wants to log in. So you should not cancel. Type your code.
logga-in-qr-klart-rubrik = Done
logga-in-qr-klart-text = You are logged in. Look at the computer.
