title = BankID on the same phone
summary = When you log in on your phone, you choose BankID on the same phone. Then the BankID app opens by itself, without a QR code. Read what the app says before you go on. If BankID opens although you did not start anything, you tap Cancel.

intro = Sometimes you log in with the phone itself. For example in your bank's app or on a page on the phone. Then BankID is used on the same phone. This is called BankID on this device. A device is a computer, a mobile phone or a tablet.

hur = Choose to log in with BankID on the same phone. The button is often called BankID on this device. Then the BankID app opens by itself. You do not need a QR code. It all happens on the same phone.
hur-alt = Two phones with an arrow between them. The first shows a button to log in. The second shows the BankID app.

las = Read what the app shows. Does it show the right name of the place you are logging in to? Then type your security code, or use your finger. Then you come back to the page you were on.

q1 = You are logging in to an app on your phone. You choose BankID on the same phone. What happens then?
q1-hint = You only have one phone. Is a QR code needed then?
q1-a1 = The BankID app opens by itself.
q1-a1-fb = Yes, exactly! Read what the app says and then type your code.
q1-a2 = A QR code appears that I have to copy.
q1-a2-fb = A QR code is used when you log in with a computer. Here you only use the phone.
q1-a3 = I have to call the bank first.
q1-a3-fb = There is no need. The phone takes care of it by itself.

lank = Never log in through a link that someone has sent you. Does BankID open although you did not start anything? Then tap Cancel. This applies even if it seems to come from the bank.

q2 = You get a text message about a parcel. You tap the link, and BankID opens. What do you do?
q2-hint = Who started this? You or the person who sent the message?
q2-a1 = I type my code, so that the parcel comes.
q2-a1-fb = Then you log in for someone else. It may be a thief who wants to get at your money. Tap Cancel instead.
q2-a2 = I tap Cancel.
q2-a2-fb = Yes, exactly! It is best not to tap such links at all. You can forward the message to 7726.
q2-a3 = I call the number given in the message.
q2-a3-fb = That number may go straight to the thief. Call your bank instead, on the number on your card.

regler = Remember: Never use BankID because someone asks you on the phone, by text message or by email. The bank, the police and Skatteverket never call and ask you to log in. Never tell anyone your code.

undantag = There is one exception. Did you call your bank yourself, on the number on your card? Then the bank may ask you to identify yourself with BankID. Check that the app shows the name of your bank. But if someone calls you and asks you to log in? Hang up.

slut = Well done! Now you can use BankID on the same phone. Have you been tricked? Call your bank at once, on the number on your card. Then report it to the police on 114 14. You can always find the number on polisen.se.

keywords =
    Device: a computer, a mobile or a tablet.
    BankID on this device: you log in on the same phone that you are using.
    Link: a text you tap. Never log in through a link that someone has sent you.

# The practice samma-enhet (scenarios/samma-enhet.toml)
samma-enhet-titel = Log in on the same phone
samma-enhet-uppgift = Log in to the app My prescriptions. Use BankID on the same phone. The practice code is on the note. It is not a real code. Never write down your real code. Nothing real happens.
samma-enhet-tips = Read what the phone says. What should you do now?
samma-enhet-slut = You chose BankID on the same phone. Then BankID opened by itself. You read who was asking. Then you typed your code. Do it like this every time.
samma-enhet-lapp = Practice code: 385126
samma-enhet-tjanst-rad = My prescriptions
samma-enhet-tjanst-rubrik = My prescriptions
samma-enhet-tjanst-text = Here you see your prescriptions. Log in first.
samma-enhet-logga-in = Log in with BankID
samma-enhet-val-rubrik = How do you want to log in?
samma-enhet-val-samma = Open BankID on this device
samma-enhet-val-annan = BankID on another device
samma-enhet-annan-tips = You only have the phone. BankID is on the same phone. Tap Open BankID on this device.
samma-enhet-till-recepten = To My prescriptions
samma-enhet-app-rad = BankID
samma-enhet-app-oppnad = The BankID app opened by itself.
samma-enhet-vem-rubrik = My prescriptions wants you to log in
samma-enhet-vem-text = Is it you who wants to log in to My prescriptions? Then type your code and press Identify.
samma-enhet-identifiera = Identify
samma-enhet-avbryt = Cancel
samma-enhet-kod-tips = The code was not right. Look at the note on the table. Type all six digits, one at a time. Then press Identify.
samma-enhet-avbryt-tips = It is you who wants to log in. So you should not cancel. Type your code.
samma-enhet-inloggad-rubrik = You are logged in
samma-enhet-inloggad-text = Hello! Here you see your prescriptions.
