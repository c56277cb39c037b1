title = Getting BankID
summary = You get BankID from your own bank. On the phone you usually need a passport or ID card. You choose a security code of at least six digits. BankID is valid for a few years and must then be renewed. The code is yours alone, and no one else should know it.

intro = You get BankID from your own bank. It can often be done in the bank's app or on the bank's website. You can also go to a branch office. Every bank does it a little differently. Ask your bank how to do it with them.

mobil = You need a mobile phone that can have apps. The app is called BankID. The bank shows you step by step what to do. Feel free to ask someone you trust to sit next to you.

id-kort = Are you getting BankID on your phone? Then you usually need a Swedish passport or a national ID card. You hold the card against the phone, and the phone reads it. A driving licence is not enough. The phone must be able to read cards that way. Most new phones can. Ask your bank if you are unsure.

q1 = Where do you get BankID?
q1-hint = Who gives you your BankID? Think of the name.
q1-a1 = From my own bank
q1-a1-fb = Yes, exactly! Ask your bank how it works with them.
q1-a2 = From someone who calls and wants to help me
q1-a2-fb = That may be a thief. Nobody really calls to offer you BankID.
q1-a3 = In a shop that sells mobile phones
q1-a3-fb = There you can buy a phone. But you get BankID somewhere else.

kod = When you get BankID, you choose a security code. The code has at least six digits. You type it every time you log in or sign.
kod-alt = A phone with numbers to tap. Six dots show the code. The text says: At least 6 digits.

valja = Choose a code that you can remember. But it should be hard for others to guess. Do not use your birthday or 123456. Do not write the code on a note in your wallet.

finger = Often you can use your finger or your face instead of the code. The phone then recognises you. It is quick. But you must still remember the code.

fornya = Your BankID is valid for a few years. Then you must renew it. The bank tells you when it is time. You renew it much as you got it, with a passport or ID card. If you get a new phone, you also need to get BankID on the new phone.

hemlig = The code is yours alone. Never tell it to anyone, not even the bank. Never let anyone else use your BankID. That goes for someone who wants to help you too.

q2 = Who may know your security code?
q2-hint = The code is secret. How many people should know it?
q2-a1 = The bank, if they call and ask
q2-a1-fb = The bank never asks for your code. Whoever calls and asks is a thief.
q2-a2 = My children, if they help me
q2-a2-fb = They are welcome to help you. But you always type the code yourself.
q2-a3 = Only me
q2-a3-fb = Yes, exactly! The code is yours alone. Never tell it to anyone.

regler = Never use BankID because someone asks you on the phone, by text message or by email. The bank, the police and Skatteverket never call and ask you to log in. Always read what the app says. Did you not start it yourself? Tap Cancel.

undantag = There is one exception. Did you call your bank yourself, on the number on your card? Then the bank may ask you to identify yourself with BankID. Check that the app shows the name of your bank. But if someone calls you and asks you to log in? Hang up.

slut = Well done! Now you know how to get BankID. The code is yours alone. Have you been tricked? Call your bank at once, on the number on your card.

keywords =
    App: a program on the phone. The app for BankID is called BankID.
    Security code: at least six digits that only you know.
    Fingerprint or face: the phone knows you instead of the code.
    ID card: a card from the police that shows who you are. A driving licence is not enough for BankID on the phone.
    Renew: get BankID again when the old one stops being valid.
