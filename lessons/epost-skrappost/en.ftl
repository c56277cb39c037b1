title = Spam and fake letters
summary = Spam is letters you did not ask for, and some of them are fake. A fake letter rushes you, has a strange address or asks for codes. Do not click anything in such a letter. Delete it or move it to Spam.

intro = Spam is email that you did not ask for. Often it is just advertising. But sometimes it is thieves who want to trick you. They want to get at your codes or your money.

brattom = A fake letter often wants you to hurry. It may say that your card will be blocked today. Or that you must answer within an hour. It is a trick so that you do not have time to think.
brattom-alt = A fake letter. Three things are marked: a strange address, the word Urgent and a request for your code.

avsandare = Look at who the letter is from. Click the name and you see the whole address. A fake address often looks strange. The name may say The Bank, but the address is something else entirely.

koder = Does the letter ask for your code, your password or your card number? Then it is fake. No bank or public authority asks for that in a letter.

lankar = Only click links in a letter you trust. The link can lead to a fake page. It can look exactly like the bank's page. A fake letter can also be written in fine Swedish. Thieves have good help with writing today.

q1 = Which one is a sign of a fake letter?
q1-hint = Think of what the thieves want to get at.
q1-a1 = The letter comes from a friend whose answer you are waiting for.
q1-a1-fb = That is not a sign in itself. But a thief can pretend to be someone you know. So always look at the address and at what the letter wants.
q1-a2 = The letter asks you to type in your code.
q1-a2-fb = Yes, exactly! No bank or public authority asks for your code in a letter.
q1-a3 = The letter has a short subject.
q1-a3-fb = A short subject is quite normal. It says nothing about whether the letter is fake.

gora = Do you think a letter is fake? Do not answer and do not click anything. Delete the letter. Or move it to the Spam folder. A folder is like a compartment where letters are kept. Then your email learns to recognise similar letters.
gora-alt = An open letter with two buttons: Delete and Spam.

q2 = A letter from The Bank says: Your card will be blocked today! Click here and fill in your code. What do you do?
q2-hint = Think of the signs you have learned. How many do you see here?
q2-a1 = I click quickly, so that the card is not blocked.
q2-a1-fb = That is just what the thieves want. They rush you so that you do not stop to think. Do not click, and delete the letter.
q2-a2 = I do not click, and I delete the letter.
q2-a2-fb = Yes, exactly! The letter rushes you and asks for your code. Those are two signs of a fake letter.
q2-a3 = I reply and ask if it is true.
q2-a3-fb = Then you answer the thieves. They then know that your address works.

osaker = Not sure? Call your bank on the number printed on your card. Never call a number in the letter. Have you got a fake letter about BankID? Forward it to abuse@bankid.com.

slut = Well done! Now you can recognise a fake letter. It rushes you, has a strange address or asks for codes. Take it easy, do not click, and delete the letter.

keywords =
    Spam: letters you did not ask for.
    Fake letter: a letter from someone who wants to trick you.
    Sender: the person who sent the letter.
    Link: a text that leads to a page. Only click it if you trust the letter.

# The practice inkorgen (scenarios/inkorgen.toml)
inkorgen-titel = Your own inbox
inkorgen-uppgift = Do the three things in the list below. Write what you like, spelling does not matter. Nothing is really sent.
inkorgen-att-svara = Reply to the letter from Anna.
inkorgen-att-skicka = Press New message and write to Karin. Send a picture with it.
inkorgen-att-ta-bort = Find the two fake letters and delete them.
inkorgen-tips = Look at the list in the task. What do you have left to do?
inkorgen-slut = You replied to Anna and sent a picture to Karin. You deleted two fake letters. You saw three signs. The address was odd. The letters wanted you to hurry. And they asked for your card number and your code. No bank and no PostNord does that.
inkorgen-adress = Email
inkorgen-inkorg-rubrik = Inbox
inkorgen-klart-svar = Done: Your reply to Anna has been sent.
inkorgen-klart-skickat = Done: Your letter to Karin has been sent.
inkorgen-klart-bort-paket = Done: The fake letter about the parcel has been deleted.
inkorgen-klart-skrap-paket = Done: The fake letter about the parcel is in the spam folder.
inkorgen-klart-bort-bank = Done: The fake letter from the bank has been deleted.
inkorgen-klart-skrap-bank = Done: The fake letter from the bank is in the spam folder.
inkorgen-nytt = New message
inkorgen-anna-namn = Anna Berg
inkorgen-anna-adress = anna.berg@post.example
inkorgen-anna-hel = Anna Berg, anna.berg@post.example
inkorgen-anna-amne = Coffee on Thursday?
inkorgen-anna-text = Hi! Would you like to have coffee with me on Thursday? We can meet at the café by the square at three. Hugs, Anna
inkorgen-svara = Reply
inkorgen-ta-bort = Delete
inkorgen-till-inkorg = To the inbox
inkorgen-akta-tips = This letter is real. Only delete the fake letters.
inkorgen-svar-rubrik = Reply to Anna
inkorgen-till = To:
inkorgen-svar-amne = Subject: Re: Coffee on Thursday?
inkorgen-meddelande = Write your message here
inkorgen-skicka = Send
inkorgen-avbryt = Cancel
inkorgen-svar-tips = Write a few words to Anna in the box first. Then press Send.
inkorgen-skriv-rubrik = New message
inkorgen-till-ingen = You have not chosen anyone yet.
inkorgen-karin-namn = Karin Ek
inkorgen-karin-adress = karin.ek@post.example
inkorgen-karin-hel = Karin Ek, karin.ek@post.example
inkorgen-olle-namn = Olle Svensson
inkorgen-olle-adress = olle.s@post.example
inkorgen-olle-hel = Olle Svensson, olle.s@post.example
inkorgen-valj-mottagare = Choose from the address book
inkorgen-amne = Subject
inkorgen-bifoga = Attach a picture
inkorgen-fil-sol = sunset.jpg
inkorgen-fil-blomma = flower.jpg
inkorgen-fil-stuga = cottage.jpg
inkorgen-skicka-tips = Look at three things. Is Karin next to To? Have you written a subject and a few words? Have you attached a picture?
inkorgen-adressbok-rubrik = Address book. Who do you want to write to?
inkorgen-bilder-rubrik = Your pictures. Choose a picture.
inkorgen-bild-sol = Sunset by the sea
inkorgen-bild-blomma = The flower in the garden
inkorgen-bild-stuga = The cottage last summer
inkorgen-till-brevet = To the letter
inkorgen-paket-namn = PostNord
inkorgen-paket-adress = avgift@postnord-betala.example
inkorgen-paket-amne = Your parcel is waiting
inkorgen-paket-text = Your parcel cannot be delivered. Pay 29 kronor today, or it is sent back. Press the link and type your card number.
inkorgen-paket-lank = Pay 29 kronor here
inkorgen-skrappost = Move to spam
inkorgen-falskt-svara-tips = Do not reply to a fake letter. Delete it, or move it to spam.
inkorgen-paket-falla = You pressed the link in the fake letter
inkorgen-paket-falla-text = The link led to a fake page. There you would type your card number. Then the thief can take your money. Look at the address. It is not PostNord's. Delete the letter instead. Wondering if you have a parcel? Open the PostNord app, or type postnord.se yourself.
inkorgen-bank-namn = The bank
inkorgen-bank-adress = sakerhet@banken-kund.example
inkorgen-bank-amne = Your card will be blocked today!
inkorgen-bank-text = We have seen odd purchases on your card. Log in within an hour and type your code. Otherwise the card will be blocked.
inkorgen-bank-lank = Log in here
inkorgen-bank-falla = You pressed the link in the letter from the bank
inkorgen-bank-falla-text = The letter was fake. The link led to a fake page that looks like the bank's. There the thief takes your code. The bank never asks for your code in a letter. Delete the letter instead.
inkorgen-bibl-namn = The library
inkorgen-bibl-adress = bibliotek@kommun.example
inkorgen-bibl-amne = Your book can be picked up
inkorgen-bibl-text = Hello! The book you reserved is now at the library. It waits for you until Friday. Welcome!
inkorgen-forening-namn = The seniors' club
inkorgen-forening-adress = info@seniorforeningen.example
inkorgen-forening-amne = The spring programme
inkorgen-forening-text = Hello! The spring programme is ready. We meet at the library every Tuesday at ten. Welcome!
