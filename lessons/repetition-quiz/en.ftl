title = Recap
summary = You have gone over the most important parts of the course. You recognise an email address and are careful with files you did not expect. You only use BankID when you started something yourself. You have good passwords, and you hang up when someone tries to trick you. You call back yourself on the number you already have. You never tell anyone a code. Someone who wants to help you gets a power of attorney.

intro = Now you have done almost the whole course. Here are some questions about what you have learned. It is not a test. If you answer wrong, you get a hint and can try again.
intro-alt = A list with the heading This is what you can do now. Four green ticks: Email, BankID, Passwords and Fraud.

q-email = Which of these is an email address?
q-email-hint = Think of the sign that is always in an email address.
q-email-a1 = www.1177.se
q-email-a1-fb = That is the address of a web page. An email address has an at sign, @.
q-email-a2 = karin@post.example
q-email-a2-fb = Yes, exactly! The at sign shows that it is an email address.
q-email-a3 = 070-174 06 77
q-email-a3-fb = That is a phone number. An email address has an at sign, @.

q-attach = You get an email with an attached file that you did not expect. An attached file is something sent along with the letter. What do you do?
q-attach-hint = Think of what you can do when you are unsure.
q-attach-a1 = I open the file at once.
q-attach-a1-fb = The file may be harmful. First ask the person who sent it, in some other way.
q-attach-a2 = I do not open it. First I ask the person who sent it.
q-attach-a2-fb = Yes, exactly! Call or ask the person in another way than by email.

q-bankid = When should you use your BankID?
q-bankid-hint = Think of who should have started what you are doing.
q-bankid-a1 = Only when I have started something myself
q-bankid-a1-fb = Yes, exactly! For example when you log in yourself. Or when you have called your bank yourself, on the number on your card.
q-bankid-a2 = When someone calls and asks me to
q-bankid-a2-fb = Does someone call you and ask you to log in? Hang up. Only if you called your bank yourself may it be right.
q-bankid-a3 = When a text message asks me to
q-bankid-a3-fb = A text message that asks for BankID is an attempt to trick you. Only use it when you started something yourself.

q-read = The BankID app shows something you do not recognise. What do you do?
q-read-hint = Always read what the app says. Who started this?
q-read-a1 = I enter my code anyway.
q-read-a1-fb = Then you may approve something for a thief. Cancel instead.
q-read-a2 = I cancel.
q-read-a2-fb = Yes, exactly! If you did not start it yourself, you cancel.

q-password = What should a good password be like?
q-password-hint = Think of the lesson on passwords and the picture with different keys.
q-password-a1 = Short and the same everywhere
q-password-a1-fb = A short password is easy to guess. Have a long one, and one for each service.
q-password-a2 = My name and the year I was born
q-password-a2-fb = That is easy to guess. Take four words that do not belong together instead.
q-password-a3 = Long, and one of its own for each service
q-password-a3-fb = Yes, exactly! And you never tell it to anyone.

q-call = Someone says they are calling from the police. They ask you to log in with BankID. What do you do?
q-call-hint = Think of the police's three steps.
q-call-a1 = I hang up.
q-call-a1-fb = Yes, exactly! Hang up. Don't log in. Don't trust the caller.
q-call-a2 = I log in, after all it is the police.
q-call-a2-fb = The police never ask you to log in on the phone. Hang up.

q-sms = A text message asks you to pay customs for a parcel through a link. What do you do?
q-sms-hint = Think of how you pay a real fee for a parcel.
q-sms-a1 = I pay through the link.
q-sms-a1-fb = The link wants your card number. Do not tap it.
q-sms-a2 = I do not tap the link. I forward the message to 7726.
q-sms-a2-fb = Yes, exactly! Then you can delete it. Do you want to know if you have anything to pay? Open the PostNord app, or type postnord.se yourself.

q-courier = Someone calls and says they are from the bank. A courier will soon come and collect your bank card. What do you do?
q-courier-hint = What do the bank and the police never do?
q-courier-a1 = I put the card in an envelope for the courier.
q-courier-a1-fb = The bank and the police never collect cards at your home. Hang up and call the bank yourself.
q-courier-a2 = I hang up and call the bank on the number on my card.
q-courier-a2-fb = Yes, exactly! The bank and the police never collect cards, codes, money or jewellery at your home.
q-courier-a3 = I give the courier the card, but not the code.
q-courier-a3-fb = With the card alone the thief can shop with your money. Hang up and call the bank yourself.

q-family = You get a text message from a number you do not have: Hi mum! I have a new number. Can you Swish me some money? What do you do?
q-family-hint = Which number do you know for sure that your child has?
q-family-a1 = I Swish the money. It is my child, after all.
q-family-a1-fb = It may be a thief. First call your child on the old number.
q-family-a2 = I call my child on the old number.
q-family-a2-fb = Yes, exactly! Then you reach the real person. Send no money before you have talked.
q-family-a3 = I call the new number.
q-family-a3-fb = The thief answers there, or no one at all. Call the old number, the one you already have.

q-code = You get a code in a text message. Then someone calls and says they are from the shop. They ask you to read out the code. What do you do?
q-code-hint = Who should know the code in the text message?
q-code-a1 = I read out the code.
q-code-a1-fb = With the code the thief can log in as you. Hang up.
q-code-a2 = I hang up. I never tell anyone the code.
q-code-a2-fb = Yes, exactly! You type the code only on the page you opened yourself. Then change your password, yourself, in the app or on the page.

q-proxy = Your daughter wants to help you pay your bills. What is the safest way?
q-proxy-hint = Who should use your BankID?
q-proxy-a1 = I give her my BankID code.
q-proxy-a1-fb = She surely means well, but the code is yours alone. Arrange a power of attorney at the bank instead.
q-proxy-a2 = We arrange a power of attorney at the bank.
q-proxy-a2-fb = Yes, exactly! Then she helps you with her own BankID. You can take a power of attorney back whenever you like.

q-friend = A new friend online has written to you every day for several months. You have never met. Now they need money for a ticket. What do you do?
q-friend-hint = Have you met in real life?
q-friend-a1 = I send the money. We like each other, after all.
q-friend-a1-fb = Someone who only exists online and asks for money is almost always a thief. Talk to someone you trust.
q-friend-a2 = I send no money. I talk to someone I trust.
q-friend-a2-fb = Yes, exactly! Never send money to someone you only know from the net.

outro = Well done! You have learned a lot in the course. Keep practising a little every day. And remember: There is always someone to ask.

keywords =
    At sign: the sign @ in an email address.
    Attached file: something that is sent with a letter.
    Power of attorney: a note saying that another person may help you with a certain thing.
    The police's three steps: Hang up. Don't log in. Don't trust the caller.
    7726: the number you forward fake text messages to. Ask your phone company if the number still applies today.
