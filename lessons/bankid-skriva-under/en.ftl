title = Signing
summary = Signing with BankID is like writing your name on a paper. Always read the whole text in the app first. Only sign things that you started yourself. Otherwise you tap Cancel.

intro = With BankID you can sign things online. It is like writing your name on a piece of paper. You say yes to something. It can be your tax return, the paper about your tax. It can also be a payment with Swish.

las = When you are about to sign, the BankID app opens. It says what you are signing. Read the whole text carefully. Do as with a paper: read first and then sign.
las-alt = A phone showing a text to sign. Below the text are the buttons Sign and Cancel.

egen = Only sign things that you started yourself. Did you not start anything yourself? Then tap Cancel. Do you not understand what the text means? Tap Cancel too, and ask someone.

q1 = The app wants you to sign a loan. But you have not applied for any loan. What do you do?
q1-hint = Did you start this yourself?
q1-a1 = I sign, it must be right.
q1-a1-fb = Then you may get a loan, and someone else takes the money. Only sign what you started yourself.
q1-a2 = I tap Cancel.
q1-a2-fb = Yes, exactly! You did not start it yourself. Then you should always cancel.
q1-a3 = I sign and call the bank afterwards.
q1-a3-fb = Then you have already said yes. That is hard to take back. Tap Cancel instead.

klar = Is everything right? Then type your security code, or use your finger. Then tap Sign. Now it is done. You have said yes, just as with a signature.

historik = The BankID app has a history. There you see what you have used your BankID for. Look there if you are unsure what has happened.

regler = Never use BankID because someone asks you on the phone, by text message or by email. The bank, the police and Skatteverket never call and ask you to sign. Never tell anyone your code.

undantag = There is one exception. Did you call your bank yourself, on the number on your card? Then the bank may ask you to identify yourself with BankID. Check that the app shows the name of your bank. But if someone calls you and asks you to log in? Hang up.

q2 = You get a text message. It says that you must sign with BankID to get your parcel. What do you do?
q2-hint = Think of the rule about phone, text messages and email.
q2-a1 = I sign, so that the parcel comes.
q2-a1-fb = That is exactly how thieves trick people. Never sign because someone asks you in a text message.
q2-a2 = I do not sign, and I delete the text message.
q2-a2-fb = Yes, exactly! You can forward the message to 7726 first. That makes it easier to stop such messages.
q2-a3 = I reply to the message with my code.
q2-a3-fb = Your code is secret. Never tell it to anyone, not even in a text message.

slut = Well done! Now you know how to sign with BankID. Did you sign something anyway? Call your bank at once, on the number on your card. Then report it to the police on 114 14. You can always find the number on polisen.se.

keywords =
    Sign: say yes to something with BankID.
    History: the list in the app of what you have used BankID for.
    Tax return: the paper about your tax that you approve each spring.
# The practice skriv-under (scenarios/skriv-under.toml)
skriv-under-titel = Sign a payment
skriv-under-uppgift = You are going to pay two bills in the Min bank app. You sign with BankID. The practice code is on the note. It is not a real code. Never write down your real code. Read carefully what BankID says. Nothing real happens.
skriv-under-tips = Read the text in BankID. Does it match what you are doing?
skriv-under-slut = The first time, the text matched the bill. So you signed. The second time, it said something else. So you cancelled. Always read the text before you sign.
skriv-under-lapp = Practice code: 472915
skriv-under-bank = Min bank
skriv-under-app = BankID
skriv-under-rakning-rubrik = Pay a bill
skriv-under-rakning-1 = To: Elbolaget. To pay: 845 kr.
skriv-under-betala = Pay
skriv-under-app-rubrik = Min bank wants you to sign
skriv-under-app-text-1 = I approve that 845 kr is paid to Elbolaget.
skriv-under-app-text-2 = I approve a loan of 30,000 kr from Snabblån.
skriv-under-skriv = Sign
skriv-under-avbryt = Cancel
skriv-under-kod-tips = Look at the note. Type all six digits. Then press Sign.
skriv-under-avbryt-tips = The text matches the bill you want to pay yourself. So you can sign.
skriv-under-betald = Done! The bill is paid.
skriv-under-rakning-2 = You have one more bill. To: Tidningen. To pay: 129 kr.
skriv-under-lanat = Done! You have borrowed 30,000 kr.
skriv-under-avbrutet-rubrik = You cancelled
skriv-under-avbrutet-text = Nothing was signed. You can call your bank and ask what happened.
skriv-under-falla-titel = You signed a loan
skriv-under-falla-text = If this had been real, you would now have borrowed 30,000 kr. The money can end up with a thief. You wanted to pay a bill, but the text said something else. Then you should press Cancel.
