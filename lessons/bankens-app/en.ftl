title = The bank's app
summary = In the bank's app you pay bills and approve e-invoices with BankID. Read who, the amount and the date before you sign. Lost your card? Block it in the app. A low limit for Swish protects you. The bank never calls and asks you to log in. Call yourself, on the number on the card or on the bank's own website.

what = Your bank has its own app. There you see how much money you have. There you can also pay bills. You log in with BankID. Get the app only from the phone's app store. The app store is the app in the phone where you get other apps. Check that the app comes from your bank.

bill = This is how you pay a bill: Choose Pay. Type in the bankgiro number and the OCR number. Both are on the bill. The bankgiro number shows who is to get the money. The OCR number is a long row of digits. It shows which bill you are paying. Then type the amount and the date. Read everything once more. Sign with BankID. Many apps can also read the bill with the camera.

efaktura = An e-invoice is a bill that comes to your bank instead of on paper. In the app you see who it is from, the amount and the date. Read it and approve. You do not have to type long numbers. Ask for e-invoices in the app and choose the company.
efaktura-alt = A phone showing an e-invoice. To: Elbolaget Norr. Amount: 845 kronor. To be paid: 30 April. Below is the button Approve.

q1 = You are about to approve an e-invoice. What do you read first?
q1-hint = Think about who gets the money, how much and when.
q1-a1 = Who it is to, the amount and the date
q1-a1-fb = Yes, exactly! Is everything right? Then you can sign.
q1-a2 = Nothing, the bank has already checked
q1-a2-fb = It is you who approves. Read who it is to, the amount and the date first.

card = Have you lost your bank card? Block it at once. Then nobody else can use it. You can do that in the bank's app, under Cards. You can also call your bank. Take the number from the bank's own website. Never call a number you got in a text message.

limit = In the app you can also see how much you can swish. That is called a limit. A low limit protects you. If you are tricked, the thief cannot take very much. Are you paying for something big? Raise the limit yourself for a short time. Raising it can take time. That is to protect you. How it works at your bank you can see in the app.

q2 = What is good about a low limit for Swish?
q2-hint = Think about what a thief can take.
q2-a1 = Then I cannot swish at all
q2-a1-fb = You can swish as usual, up to the limit.
q2-a2 = If I am tricked, the thief cannot take very much
q2-a2-fb = Yes, exactly! If you need more once, you raise the limit yourself.
q2-a3 = Then I get more money in my account
q2-a3-fb = The limit gives no money. It means thieves cannot take very much.

calls = The bank never calls and asks you to log in, move money or raise a limit. Does someone call and say it is the bank? Follow the police's three steps: Hang up. Don't log in. Don't trust the caller. Then call the bank yourself. The number is on your card and on the bank's own website. Did you call that number yourself? Then the bank may ask you to show who you are with BankID. Then check that the app shows the name of your bank.

q3 = A text message says: Your card is blocked. Call us on 070-174 06 66. What do you do?
q3-hint = Where do you find the bank's real number?
q3-a1 = I call the number in the text message
q3-a1-fb = The number may lead to a thief. Open the bank's app, or take the number from the bank's own website.
q3-a2 = I open the bank's app, or call the number on the bank's own website
q3-a2-fb = Yes, exactly! Then you know you are talking to your real bank.

outro = Well done! Now you can pay a bill in the app and block a card. Always read before you sign. Remember: Hang up. Don't log in. Don't trust the caller. Have you been tricked? Call your bank at once. Then report it to the police on 114 14. Want help with the app? Ask at your bank's office or at the library.

keywords =
    The bank's app: a program in the phone where you manage your money.
    Bankgiro number: a number on the bill that shows who is to get the money.
    OCR number: a long row of digits on the bill that shows which bill you are paying.
    E-invoice: a bill that comes straight to your bank.
    Block: turn off the card so that nobody can use it.
    Limit: how much you can swish.

# The practice betala-faktura (scenarios/betala-faktura.toml)
betala-faktura-titel = Pay an e-invoice
betala-faktura-uppgift = The electricity bill has come as an e-invoice. It is for 845 kronor. Pay it in the bank's app. Read who it is to, the amount and the date. Sign with the code on the note. The code is only for practice. You never write down your real code. No money is really sent.
betala-faktura-tips = Read what the phone says. What should you do now?
betala-faktura-slut = You read who the bill was to, the amount and the date. Then you signed with BankID. In real life the money is taken from your account on that day.
betala-faktura-lapp = Practice code: 482916
betala-faktura-app-rad = The bank
betala-faktura-hem-rubrik = Hello! You are logged in.
betala-faktura-konto = Your account: 12,400 kronor
betala-faktura-efakturor = E-invoices (1 new)
betala-faktura-kort = Cards
betala-faktura-swish = Limit for Swish
betala-faktura-efaktura-tips = You are going to pay the electricity bill. It is under E-invoices.
betala-faktura-lista-rubrik = E-invoices to approve
betala-faktura-el-rad = Elbolaget Norr: 845 kronor
betala-faktura-tillbaka = Back
betala-faktura-faktura-rubrik = Is this right?
betala-faktura-faktura-till = To: Elbolaget Norr
betala-faktura-faktura-summa = Amount: 845 kronor
betala-faktura-faktura-dag = To be paid: 30 April
betala-faktura-faktura-konto = From: Your account
betala-faktura-godkann = Approve
betala-faktura-stammer-tips = Everything matches the electricity bill: 845 kronor to Elbolaget Norr. Press Approve.
betala-faktura-bankid-rad = BankID
betala-faktura-skriv-rubrik = The bank wants you to sign
betala-faktura-skriv-text = Pay 845 kronor to Elbolaget Norr on 30 April. Is that right? Type your code and press Sign.
betala-faktura-skriv-under = Sign
betala-faktura-avbryt = Cancel
betala-faktura-kod-tips = The code was not right. Look at the note. Type all six digits. Then press Sign.
betala-faktura-avbryt-tips = It is you who wants to pay, and everything is right. Type the code instead.
betala-faktura-betald-rubrik = Done! The payment is set up.
betala-faktura-betald-text = 845 kronor is taken from your account on 30 April.

# The practice sparra-kort (scenarios/sparra-kort.toml)
sparra-kort-titel = Block a card
sparra-kort-uppgift = You have lost your bank card in town. Just then a text message arrives. Block the card in a safe way. Nothing real happens.
sparra-kort-tips = Where do you manage your card in a safe way?
sparra-kort-slut = You blocked the card in the bank's own app, not on the number in the text message. Now nobody can use the card, and the bank sends a new one.
sparra-kort-sms-rad = Messages
sparra-kort-sms-fran = Card blocking service
sparra-kort-sms-text = Your card is being used by someone else right now! Call us at once on 070-174 06 66, and we will block it.
sparra-kort-ring = Call the number in the text message
sparra-kort-oppna-appen = Open the bank's app yourself
sparra-kort-ringde-titel = You called the number in the text message
sparra-kort-ringde-text = The text message came from a thief. The thief would have asked you to log in or tell your code. Then the thief can take your money. Block the card in the bank's own app, or call the number on the bank's own website.
sparra-kort-app-rad = The bank
sparra-kort-hem-rubrik = Hello! You are logged in.
sparra-kort-kort = Cards
sparra-kort-betala = Pay
sparra-kort-kort-tips = You are going to block your card. Press Cards.
sparra-kort-kort-rubrik = Your cards
sparra-kort-kort-namn = Bank card ending in 4711
sparra-kort-sparra = Block the card
sparra-kort-tillbaka = Back
sparra-kort-fraga-rubrik = Do you want to block the card?
sparra-kort-fraga-text = The card cannot be used after that. You get a new card in the post.
sparra-kort-ja-sparra = Yes, block
sparra-kort-avbryt = Cancel
sparra-kort-sparra-tips = You have lost the card. Block it, so that nobody else can use it.
sparra-kort-sparrat-rubrik = The card is blocked
sparra-kort-sparrat-text = Nobody can use the card now. A new card comes in the post.
