title = Two-step login and passwords
summary = You now know that two-step login protects you: first the password, then a code on your phone. You never tell anyone the code in the text message. If you get a code you did not ask for, you change your password. You use a different password for each service, and keep them in a book at home or in a password app.

intro = Many services want you to log in in two steps. First you type your password. Then you get a code in a text message, or in an app. You type that code too. This is called two-step login.

why = Two steps protect you. If a thief gets hold of your password, the thief still cannot get in. The code comes to your phone, after all. Turn on two-step login where you can. You often find it under Settings or Security.

code = The code in the text message is yours alone. It works for a short while, and only once. Type it only on the page you have opened yourself. Never tell anyone the code. This also applies when someone says they are calling from the bank or the shop.

q-code = Someone calls: We have sent you a code. Read it out, and we can help you. What do you do?
q-code-hint = Who should know the code in the text message?
q-code-a1 = I read out the code.
q-code-a1-fb = With the code the thief can log in as you. Hang up.
q-code-a2 = I hang up. The code is mine alone.
q-code-a2-fb = Yes, exactly! You type the code only on the page you opened yourself.
q-code-a3 = I read out half the code.
q-code-a3-fb = Even part of the code can help a thief. Hang up.

unasked = Do you get a code you did not ask for? Then someone may be trying to log in with your password. Do not type the code anywhere. Do not tell it to anyone. Change your password for that service instead. Do it yourself, in the app or on the website.

one-each = Use a different password for each service. If a thief gets hold of one, the others are still safe. The password for your email matters most. With it a thief can change your other passwords.

manager = It is hard to remember many passwords. You can write them in a book that you keep at home. You can also use a password app. It remembers all your passwords for you. You only need to remember a single, long password yourself. Ask someone you trust to help you get started.

q-keep = Where do you keep your passwords?
q-keep-hint = Think of where others can see them.
q-keep-a1 = I have the same password everywhere, so that I remember it.
q-keep-a1-fb = Then a thief gets in everywhere with a single password. Use a different one for each service.
q-keep-a2 = On a note next to the computer
q-keep-a2-fb = Others can see them there. Write them in a book instead, and keep it in a safe place at home.
q-keep-a3 = In a book at home, or in a password app
q-keep-a3-fb = Yes, exactly! Then you can use a different password for each service.

outro = Well done! Turn on two-step login. The code in the text message is yours alone. Have you given a code away? Change your password at once. Was it a code for the bank? Then call the bank on the number on your card. Then report it to the police on 114 14. If you are in danger, call 112. Remember the police's three steps: Hang up. Don't log in. Don't trust the caller.

keywords =
    Two steps: first the password, then a code on your phone.
    Code in a text: a code that works once. It is yours alone.
    Password app: an app that remembers your passwords for you.
    Service: a website or app where you log in, for example email.
# The practice kod-i-sms (scenarios/kod-i-sms.toml)
kod-i-sms-titel = Log in in two steps
kod-i-sms-uppgift = Log in to the shop's app. Type a made-up password, not your real one. Then a code comes in a text message. Press the buttons on the phone. Nothing real happens.
kod-i-sms-tips = You type the code from the text only in the app you opened yourself.
kod-i-sms-slut = You logged in in two steps. Then you did not tell the caller the code. You changed your password, because someone may have had your old one.
kod-i-sms-butik = The Shop
kod-i-sms-samtal = Phone
kod-i-sms-logga-in-rubrik = Log in
kod-i-sms-logga-in-text = Type your password. Any words will do here.
kod-i-sms-losen = Password
kod-i-sms-logga-in = Log in
kod-i-sms-losen-tips = Type some words in the Password box. Then press Log in.
kod-i-sms-butik-namn = The Shop
kod-i-sms-sms-1 = Your code for The Shop is 381940. Never tell anyone the code.
kod-i-sms-lapp = Text code: 381940
kod-i-sms-kod-text-1 = We have sent a code in a text message. Type the code here.
kod-i-sms-fortsatt = Continue
kod-i-sms-kod-tips = Type the six digits from the text: 381940.
kod-i-sms-inne-rubrik = Welcome!
kod-i-sms-inne-text = Now you are logged in with two steps. Log out when you are done.
kod-i-sms-logga-ut = Log out
kod-i-sms-senare = It is another day. You have not logged in. Still, a text with a code arrives. Then the phone rings.
kod-i-sms-sms-2 = Your code for The Shop is 529017. Never tell anyone the code.
kod-i-sms-uppringare = The Shop's customer service
kod-i-sms-svara = Answer
kod-i-sms-avvisa = Decline
kod-i-sms-samtal-text = – Hello, this is Jonas at The Shop. Someone is trying to take over your account! Read out the code you just got, and we will stop it.
kod-i-sms-las-upp = Read out the code
kod-i-sms-lagg-pa = Hang up
kod-i-sms-efter-rubrik = Change password
kod-i-sms-efter-text = You did not ask for the code. So someone may have your password. Change it now. Type a new, made-up password.
kod-i-sms-nytt-losen = New password
kod-i-sms-spara = Save
kod-i-sms-nytt-tips = Type some words in the New password box. Then press Save.
kod-i-sms-bytt-rubrik = Done
kod-i-sms-bytt-text = Your new password is saved. Whoever has the old one cannot get in.
kod-i-sms-kod-titel = You read out the code
kod-i-sms-kod-text = If this had been real, the thief would now have got into your account. The code in the text message is yours alone. Never tell it to anyone. Hang up.
