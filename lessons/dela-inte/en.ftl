title = What you never share
summary = You now know that codes, card numbers and passwords are yours alone. The bank and the police never ask for them. If you are unsure, you ask someone you trust. Or you call the bank on the number on your card.

intro = Some things belong to you alone. They are like the key to your home. If someone else gets them, they can take your money.

never = Never share the security code for your BankID. Never share the PIN for your bank card. Never share your card number or the code on the back of the card. And never share your passwords.
never-alt = At the top it says Never share. Below are three boxes, each with a padlock: Security code, Card number and Password. At the bottom it says: Not even with the bank or the police.

who-asks = The bank never asks for your codes. Nor do the police. Whoever asks wants to trick you, however kind they sound. That goes for phone calls, text messages and email.

q-code = Someone calls and asks for the code on the back of your card. What do you do?
q-code-hint = Think of who may know the codes on your card.
q-code-a1 = I read out the code.
q-code-a1-fb = With the code someone can take your money. Say no and hang up.
q-code-a2 = I say no and hang up.
q-code-a2-fb = Yes, exactly! The code is yours alone.
q-code-a3 = I only tell them half the code.
q-code-a3-fb = Even part of the code can help a thief. Say no and hang up.

started = Some things you can share. You can give your name and address when you order something yourself. Always ask yourself: Was it me who started this? If not, share nothing.

ask = Are you unsure? Ask someone you trust. It could be a relative, a tutor or the library staff. You can also call the bank on the number printed on your card.

q-unsure = You get a text message about your bank account and feel unsure. Who do you ask?
q-unsure-hint = Think of who you can trust.
q-unsure-a1 = Someone I trust, or the bank on the number on the card
q-unsure-a1-fb = Yes, exactly! Then you know who you are talking to.
q-unsure-a2 = The number given in the text message
q-unsure-a2-fb = The number may go to the person who wants to trick you. Call the number on your card instead.
q-unsure-a3 = Nobody, I do what the message says.
q-unsure-a3-fb = The message may be fake. Ask someone you trust first.

outro = Well done! Codes, card numbers and passwords are yours alone. No real bank asks for them. Ask someone you trust instead.

keywords =
    Security code: the code for your BankID.
    PIN: the code for your bank card.
    Card number: the number on your bank card.
    Password: a secret word that only you know.
    The number on your card: your bank's real number. Call it if you are unsure.
