title = Spam and fake letters
summary = Spam is letters you did not ask for, and some of them are fake. A fake letter rushes you, has a strange address or asks for codes. Do not click anything in such a letter. Delete it or move it to Spam.

intro = Spam is email that you did not ask for. Often it is just advertising. But sometimes it is thieves who want to trick you. They want to get at your codes or your money.

brattom = A fake letter often wants you to hurry. It may say that your card will be blocked today. Or that you must answer within an hour. It is a trick so that you do not have time to think.
brattom-alt = A fake letter. Three things are marked: a strange address, the word Urgent and a request for your code.

avsandare = Look at who the letter is from. Click the name and you see the whole address. A fake address often looks strange. The name may say The Bank, but the address is something else entirely.

koder = Does the letter ask for your code, your password or your card number? Then it is fake. No bank or public authority asks for that in a letter.

lankar = Do not click links in a letter you do not trust. The link can lead to a fake page. It can look exactly like the bank's page. Bad spelling and grammar are also a sign of a fake letter.

q1 = Which one is a sign of a fake letter?
q1-hint = Think of what the thieves want to get at.
q1-a1 = The letter comes from a friend whose answer you are waiting for.
q1-a1-fb = A letter you are waiting for is usually real. Still, look at the address.
q1-a2 = The letter asks you to type in your code.
q1-a2-fb = Yes, exactly! No bank or public authority asks for your code in a letter.
q1-a3 = The letter has a short subject.
q1-a3-fb = A short subject is quite normal. It says nothing about whether the letter is fake.

gora = Do you think a letter is fake? Do not answer and do not click anything. Delete the letter. Or move it to the Spam folder. Then your email learns to recognise similar letters.
gora-alt = An open letter with two buttons: Delete and Spam.

q2 = A letter from The Bank says: Your card will be blocked today! Click here and fill in your code. What do you do?
q2-hint = Think of the signs you have learned. How many do you see here?
q2-a1 = I click quickly, so that the card is not blocked.
q2-a1-fb = That is exactly what the thieves want. They rush you so that you do not stop to think.
q2-a2 = I do not click, and I delete the letter.
q2-a2-fb = Yes, exactly! The letter rushes you and asks for your code. Those are two signs of a scam.
q2-a3 = I reply and ask if it is true.
q2-a3-fb = Then you answer the thieves. They then know that your address works.

osaker = Not sure? Call your bank on the number printed on your card. Never call a number in the letter. Have you got a fake letter about BankID? Forward it to abuse@bankid.com.

slut = Well done! Now you can recognise a fake letter. It rushes you, has a strange address or asks for codes. Take it easy, do not click, and delete the letter.

keywords =
    Spam: letters you did not ask for.
    Fake letter: a letter from someone who wants to trick you.
    Sender: the person who sent the letter.
    Link: a text that leads to a page. Do not click it if you do not trust the letter.
