title = Passwords
summary = You now know that a good password is long and hard to guess. You have a password of its own for each service. You never tell anyone your password. You may write them down in a book that you keep safely at home.

intro = A password is a secret word. It works like a key, for example to your email. You type it when you log in. To log in means to show who you are.
intro-alt = A box for logging in. After the word Password there is a field with many black dots. Below it says: Long and secret. One of its own for each service.

good = A good password is long. Take four words that do not belong together. For example: coffee tiger cucumber cloud. That is easy to remember but hard to guess. Make up your own words.

bad = A bad password is easy to guess. It could be your name, the year you were born or 123456. Thieves try passwords like that first.

q-best = Which password is best?
q-best-hint = A good password is long and hard for others to guess.
q-best-a1 = Karin1950
q-best-a1-fb = Names and years are easy to guess. Take four words that do not belong together instead.
q-best-a2 = 123456
q-best-a2-fb = It is one of the most common passwords. Thieves try it first.
q-best-a3 = hat sings lamp rain
q-best-a3-fb = Yes, exactly! Four words that do not belong together are long and hard to guess.

one-each = A service is a site where you log in, for example email or a shop. Have a password of its own for each service. If a thief gets hold of one, the others are still safe. It is like having different keys for the house and the car.
one-each-alt = Three boxes: Email, Library and Shop. Below each box there is a key in its own colour. The text says: Different passwords, different keys.

q-same = You have email and an account at the library. What should your passwords be like?
q-same-hint = Think of the picture with the three keys.
q-same-a1 = The same for both, so it is easy to remember.
q-same-a1-fb = Then a thief can get in everywhere with a single password. Have one for each.
q-same-a2 = A password of its own for each
q-same-a2-fb = Yes, exactly! Then the others are safe if one is stolen.

secret = Never tell anyone your password. Not even someone who says they are calling from the bank. A real bank never asks for your password.

write = It is hard to remember many passwords. You may write them down on paper. Use a book that is only for that. Keep it at home in a safe place. Do not carry it with you in your bag.

q-ask = Someone calls and says they are from the bank. They ask for your password. What do you do?
q-ask-hint = What did you read about who may know your password?
q-ask-a1 = I tell them, after all they are from the bank.
q-ask-a1-fb = A real bank never asks for your password. Say no and hang up.
q-ask-a2 = I say no and hang up.
q-ask-a2-fb = Yes, exactly! Your password is yours alone.
q-ask-a3 = I only tell them half of the password.
q-ask-a3-fb = Even part of the password helps a thief. Say no and hang up.

outro = Well done! A long password for each service. Never share it. You may write them down in a book that you keep at home.

keywords =
    Password: a secret word you type when you log in.
    Log in: show who you are.
    Service: a site where you log in, for example email.
