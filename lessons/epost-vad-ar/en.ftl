title = What is email?
summary = Email is a way to send letters with a computer or a mobile phone. An address has a name, an at sign and the name of a company. New letters arrive in the inbox. Your password belongs to you alone.

intro = Email is a way to send letters with a computer or a mobile phone. The letter arrives in a few seconds. You need no envelope and no stamp. You can read your email wherever you are.
intro-alt = A letter goes from a computer to a mobile phone.

adress = Everyone who has email has their own address. It is like the address on an envelope. Anyone who wants to send you a letter must know your address. An address can look like this: anna.svensson@post.example

delar = An email address has three parts. First comes a name, often your own. Then comes the sign @. Last comes the name of the company that handles your email.
delar-alt = The address anna.svensson@post.example. The sign @ has a ring around it.

snabel = The sign @ is called "at" in English. In Swedish it is called "snabel-a", an a with an elephant's trunk. Every email address has it. When you read an address out loud, you say "at".

q1 = Which of these is an email address?
q1-hint = Think of the sign that every email address has.
q1-a1 = Storgatan 5, Kalmar
q1-a1-fb = That is an address for letters on paper. It has no @.
q1-a2 = anna.svensson@post.example
q1-a2-fb = Yes, exactly! You can see the sign @ in the middle. Then you know it is an email address.
q1-a3 = 070-174 06 50
q1-a3-fb = That is a telephone number. It has no @.

noga = Write an address exactly as it is. There must be no space in it. One single wrong sign means the letter does not arrive. So look carefully at every letter and dot.

inkorg = The inbox is the place where new letters arrive. It is like your letterbox at home. A letter you have not read is often shown in bold. The newest letter is usually at the top.
inkorg-alt = An inbox with three letters. The top letter is new and is in bold.

q2 = Someone sends you a letter by email. Where does it arrive?
q2-hint = Think of your letterbox at home. What is it called in email?
q2-a1 = In the trash
q2-a1-fb = That is where letters go that you have deleted yourself. New letters arrive in another place.
q2-a2 = In the inbox
q2-a2-fb = Yes, exactly! The inbox is your letterbox for email. That is where you find new letters.
q2-a3 = In the letterbox by the door
q2-a3-fb = That is where letters on paper arrive. Email comes to your computer or phone.

losen = Your email is protected by a password. It is a secret word that only you know. Never tell it to anyone. Have a separate password for each service online.

slut = Well done! Now you know what email is. You can tell an address by the sign @. New letters wait for you in the inbox.

keywords =
    Email: letters you send with a computer or mobile.
    Email address: your address for email, for example anna@post.example.
    At sign: the sign @, which is in every email address.
    Inbox: the place where new letters arrive.
