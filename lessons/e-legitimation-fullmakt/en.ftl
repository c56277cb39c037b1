title = Other e-IDs and power of attorney
summary = BankID is one kind of e-ID. There are more, for example Freja and the state's e-ID. The same rules apply to all of them: your code is yours alone. Does someone want to help you with the bank or the pharmacy? Then give a power of attorney. Never lend out your BankID or your code.

intro = BankID is not the only way to show who you are on the internet. Such a way is called an e-ID. E means electronic, that is, it happens on the internet. An e-ID is like an ID card, but in the phone or computer.

freja = Freja is an app for e-ID. It does not come from a bank. You get it yourself in the app. For that you need valid ID, for example a passport or an ID card. What applies today is shown in the app. With Freja you can log in with many authorities, and with 1177. It suits you well if you cannot get BankID.

state = The state is also starting to issue its own e-ID. The police are to issue it, for example on an ID card. The idea is that everyone can get one, even people who have no bank. Authorities are to accept more kinds of e-ID than BankID. You can read what applies today on polisen.se.

q1 = What is Freja?
q1-hint = It shows who you are on the internet, just like BankID.
q1-a1 = An app for e-ID, like BankID
q1-a1-fb = Yes, exactly! You can log in with it with many authorities.
q1-a2 = A bank
q1-a2-fb = Freja is not a bank. It is an app that shows who you are on the internet.
q1-a3 = A way to swish
q1-a3-fb = With Freja you pay nothing. It is an app that shows who you are on the internet.

rules = The same rules apply to every e-ID. Your code is yours alone. Use it only when you yourself have started something. Always read what the app says before you approve. Did you not start it yourself? Tap Cancel.

phone = Does someone ask you to log in on the phone, in a text message or by email? Don't. There is only one exception. Did you call your bank yourself, on the number on your card? Then the bank may ask you to show who you are. Check then that the app shows the name of your bank. Did they call you? Hang up.

help = Do you need help with the bank, your tax return or your medicine? Never lend out your BankID or your code. It is not safe, and it is against the rules. Give a power of attorney instead. A power of attorney says that a person may help you with a certain thing. The person then uses their own BankID.

where = Power of attorney exists in many places. The bank can give a relative the right to pay your bills. A relative is someone in your family. Skatteverket lets another person help you with your tax return. The pharmacy lets another person collect your medicine. Ask your bank, or read on the authority's own site. You can take back a power of attorney whenever you want.

q2 = Your son wants to help you with the bills. He asks for your BankID code. What is best?
q2-hint = Who should use your BankID?
q2-a1 = I give him the code, he is my son after all
q2-a1-fb = He surely means well. But the code is yours alone. Give him a power of attorney at the bank instead.
q2-a2 = We arrange a power of attorney at the bank
q2-a2-fb = Yes, exactly! Then he helps you with his own BankID.

future = There is also something called a lasting power of attorney. It only applies if one day you cannot manage your affairs yourself. You write it while you are well. In it you choose who will help you. Two people must sign it as witnesses. Read more on the municipality's website, or ask a lawyer.

scam = Thieves may call and say that you must get a new e-ID. Or that you should give your code. That is fraud. The police's three steps always apply: Hang up. Don't log in. Don't trust the caller.

q3 = Someone calls and says you must change to a new e-ID today. Otherwise you will lose your money. What do you do?
q3-hint = Think of the police's three steps.
q3-a1 = I do what the person says
q3-a1-fb = Someone who frightens you wants to trick you. Hang up.
q3-a2 = I hang up
q3-a2-fb = Yes, exactly! No authority or bank calls about that.

outro = Well done! Now you know there are more kinds of e-ID. Your code is always yours alone. If someone wants to help you, give a power of attorney. Remember: Hang up. Don't log in. Don't trust the caller. Want help? Ask your bank on the number on the card, the library or the municipality's digital guide.

keywords =
    E-ID: a way to show who you are on the internet, for example BankID or Freja.
    Power of attorney: a statement that another person may help you with a certain thing.
    Relative: someone in your family.
    Lasting power of attorney: a power of attorney that applies if one day you cannot manage your affairs yourself.
