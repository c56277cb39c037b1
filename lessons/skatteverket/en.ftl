title = The Tax Agency online
summary = You can approve your tax return online or in the app with BankID. You can also report that you are moving and order a personal certificate. The Tax Agency never calls to ask you to log in.

what = The Tax Agency (Skatteverket) is the authority that deals with taxes. Every spring you get a tax return. It shows what money you have received during the year, for example your pension. It also shows your tax.

approve = You can approve the tax return online. Log in with BankID on the Tax Agency's website or in their app. Read everything through first. Is everything right? Then you approve with BankID.
approve-alt = A phone showing a tax return with the button Approve. Beside it: 1 Read everything. 2 Approve.

wrong = Is something wrong? Then you can change it before you approve. You can also call the Tax Agency and ask. The last day is printed on your tax return. That day can change from year to year.

move = Are you moving? Then you must tell the Tax Agency. This is called reporting a move. You can also do that online with BankID.

certificate = Sometimes you need a paper with facts about you. It is called a personal certificate (personbevis). It shows, for example, your name and your address. You can order it on the Tax Agency's website.

call = The Tax Agency never calls to ask you to log in with BankID. Does someone call and say that? Hang up. If you want to ask something, call the Tax Agency yourself. The number is on their website.

q1 = How can you approve your tax return?
q1-hint = Think about how you usually show who you are online.
q1-a1 = Online or in the app, with BankID
q1-a1-fb = Yes, exactly! Read everything through first. Then you approve.
q1-a2 = Through a link in a text message
q1-a2-fb = A link in a text message can lead to a fake page. Go to the Tax Agency yourself instead.

q2 = Someone calls and says: I am from the Tax Agency. You must log in with BankID now. What do you do?
q2-hint = Think about what the Tax Agency never does.
q2-a1 = I log in, so that my tax is right
q2-a1-fb = It is easy to get worried. But the Tax Agency never calls to ask for that. Hang up.
q2-a2 = I hang up
q2-a2-fb = Yes, exactly! If you want to ask something, you call the Tax Agency yourself.

q3 = What is a personal certificate?
q3-hint = Think about what the word certificate means.
q3-a1 = A paper with facts about you
q3-a1-fb = Yes, exactly! You can order it on the Tax Agency's website.
q3-a2 = A card that you pay with
q3-a2-fb = You get a card to pay with from the bank. A personal certificate is something else.

outro = Well done! Now you know what you can do with the Tax Agency online. Always read everything through before you approve something.

keywords =
    The Tax Agency: the authority that deals with tax.
    Tax return: shows what you have earned during the year and your tax.
    Approve: say yes to your tax return with BankID.
    Personal certificate: a paper with facts about you, such as name and address.
