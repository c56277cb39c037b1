title = Recap
summary = You have gone over the most important parts of the course. You recognise an email address and are careful with files you did not expect. You only use BankID when you started something yourself. You have good passwords, and you hang up when someone tries to trick you.

intro = Now you have done almost the whole course. Here are some questions about what you have learned. It is not a test. If you answer wrong, you get a hint and can try again.
intro-alt = A list with the heading This is what you can do now. Four green ticks: Email, BankID, Passwords and Fraud.

q-email = Which of these is an email address?
q-email-hint = Think of the sign that is always in an email address.
q-email-a1 = www.1177.se
q-email-a1-fb = Not quite. That is the address of a web page. An email address has an at sign, @.
q-email-a2 = karin@post.example
q-email-a2-fb = Yes, exactly! The at sign shows that it is an email address.
q-email-a3 = 070-174 06 77
q-email-a3-fb = Not quite. That is a phone number. An email address has an at sign, @.

q-attach = You get an email with an attached file that you did not expect. An attached file is something sent along with the letter. What do you do?
q-attach-hint = Think of what you can do when you are unsure.
q-attach-a1 = I open the file at once.
q-attach-a1-fb = Not quite. The file may be harmful. First ask the person who sent it, in some other way.
q-attach-a2 = I do not open it. First I ask the person who sent it.
q-attach-a2-fb = Yes, exactly! Call or ask the person in another way than by email.

q-bankid = When should you use your BankID?
q-bankid-hint = Think of who should have started what you are doing.
q-bankid-a1 = Only when I have started something myself
q-bankid-a1-fb = Yes, exactly! For example when you log in yourself. Or when you have called your bank yourself, on the number on your card.
q-bankid-a2 = When someone calls and asks me to
q-bankid-a2-fb = Not quite. Does someone call you and ask you to log in? Hang up. Only if you called your bank yourself may it be right.
q-bankid-a3 = When a text message asks me to
q-bankid-a3-fb = Not quite. A text message that asks for BankID is an attempt to trick you. Only use it when you started something yourself.

q-read = The BankID app shows something you do not recognise. What do you do?
q-read-hint = Always read what the app says. Who started this?
q-read-a1 = I enter my code anyway.
q-read-a1-fb = Not quite. Then you may approve something for a thief. Cancel instead.
q-read-a2 = I cancel.
q-read-a2-fb = Yes, exactly! If you did not start it yourself, you cancel.

q-password = What should a good password be like?
q-password-hint = Think of the lesson on passwords and the picture with different keys.
q-password-a1 = Short and the same everywhere
q-password-a1-fb = Not quite. A short password is easy to guess. Have a long one, and one for each service.
q-password-a2 = My name and the year I was born
q-password-a2-fb = Not quite. That is easy to guess. Take four words that do not belong together instead.
q-password-a3 = Long, and one of its own for each service
q-password-a3-fb = Yes, exactly! And you never tell it to anyone.

q-call = Someone says they are calling from the police. They ask you to log in with BankID. What do you do?
q-call-hint = Think of the police's three steps.
q-call-a1 = I hang up.
q-call-a1-fb = Yes, exactly! Hang up. Don't log in. Don't trust the caller.
q-call-a2 = I log in, after all it is the police.
q-call-a2-fb = Not quite. The police never ask you to log in on the phone. Hang up.

q-sms = A text message asks you to pay customs for a parcel through a link. What do you do?
q-sms-hint = Think of how you pay a real fee for a parcel.
q-sms-a1 = I pay through the link.
q-sms-a1-fb = Not quite. The link wants your card number. Do not tap it.
q-sms-a2 = I do not tap the link. I forward the message to 7726.
q-sms-a2-fb = Yes, exactly! Then you can delete it. Do you want to know if you have anything to pay? Open the PostNord app, or type postnord.se yourself.

outro = Well done! You have learned a lot in the course. Keep practising a little every day. And remember: There is always someone to ask.

keywords =
    At sign: the sign @ in an email address.
    Attached file: something that is sent with a letter.
    The police's three steps: Hang up. Don't log in. Don't trust the caller.
    7726: the number you forward fake text messages to. Ask your phone company if the number still applies today.
