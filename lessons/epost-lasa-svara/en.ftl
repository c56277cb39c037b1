title = Reading and replying
summary = You open a letter by clicking it in the inbox. At the top it says who it is from and what it is about. With the Reply button you write back to the person who wrote. With Forward you send the letter to someone else.

intro = Now you will read a letter and reply to it. Everything starts in the inbox. There you see who has sent each letter. You also see what the letter is about.
intro-alt = An inbox with three letters. The top one is new and is in bold.

oppna = Click the letter once to open it. On a mobile phone you tap it with your finger. Then the whole letter shows on the screen. Want to go back? Click Inbox.

las = At the top of the letter it says who it is from. Then comes the subject, a short line about what it is about. Below that is the text itself. Is the letter long? Then scroll down with the mouse wheel or with your finger.
las-alt = An open letter from Karin. At the top are From and Subject. At the bottom are the buttons Reply and Forward.

q1 = You have a new letter in the inbox. How do you open it?
q1-hint = The letters in the inbox work like buttons.
q1-a1 = I click the letter once.
q1-a1-fb = Yes, exactly! One click is enough. On a mobile phone you tap with your finger.
q1-a2 = I click Delete.
q1-a2-fb = Then you delete the letter, and it goes to the trash. But you want to read it.
q1-a3 = I turn the computer off and on again.
q1-a3-fb = There is no need. The letter is already in the inbox, waiting for you.

svara = Do you want to reply to the letter? Click the Reply button. A box opens where you can write. The address is already filled in. Now "Re" or "Sv" stands before the subject. Both mean reply.

skicka = Write your reply in the big box. Read it through once. Then click Send. Now your reply is on its way. A copy is kept under Sent.
skicka-alt = A reply to Karin. The subject is Sv: Fika på lördag? The text says: Hi Karin! Yes, gladly. Best wishes, Anna. The Send button is blue.

q2 = Karin asks if you want to have coffee on Saturday. What is the easiest way to answer her?
q2-hint = Look for a button in her letter.
q2-a1 = I click Forward.
q2-a1-fb = That button sends the letter to someone else. Karin gets no answer.
q2-a2 = I click Reply in her letter.
q2-a2-fb = Yes, exactly! Then Karin's address is already filled in. You just write your answer and click Send.
q2-a3 = I type her name in the search box.
q2-a3-fb = Then you look for letters from Karin. You do not answer her.

vidare = The Forward button sends the letter on to someone new. It is like giving a letter to a friend to read. You type in the new address yourself. Reply goes back to the person who wrote.

q3 = You want your daughter to read a letter you have received. Which button do you use?
q3-hint = Your daughter did not write the letter. It should go to someone new.
q3-a1 = Reply
q3-a1-fb = Reply goes back to the person who wrote the letter. Your daughter does not get it.
q3-a2 = Forward
q3-a2-fb = Yes, exactly! Type in your daughter's address and click Send.

slut = Well done! Now you can open, read and reply to email. Take your time and read the letter again if you like. Nothing breaks because you click the wrong thing.

keywords =
    Subject: a short line about what the letter is about.
    Reply: write back to the person who wrote.
    Forward: send the letter on to someone else.
    Sent: a copy of each letter you have sent is kept here.

# The practice: reply to Karin (scenarios/svara-karin.toml).
svara-karin-titel = Reply to a letter
svara-karin-uppgift = Karin has written to you. Open her letter and read it. Then reply to her. Write what you like. Spelling does not matter. Nothing is really sent.
svara-karin-tips = Press the letter from Karin. Then press Reply.
svara-karin-slut = You opened the letter and pressed Reply. Karin's address was already there. You wrote your reply and pressed Send.
svara-karin-adress = Email
svara-karin-inkorg-rubrik = Inbox
svara-karin-klart = Done: Your reply to Karin has been sent.
svara-karin-karin-namn = Karin Ek
svara-karin-karin-adress = karin.ek@post.example
svara-karin-karin-hel = Karin Ek, karin.ek@post.example
svara-karin-karin-amne = Coffee on Saturday?
svara-karin-karin-text = Hi! Would you like to have coffee with me on Saturday? We can meet at my place at two. Best wishes, Karin
svara-karin-svara = Reply
svara-karin-vidare = Forward
svara-karin-vidare-tips = Forward sends the letter to someone else. You want to answer Karin. Press Reply.
svara-karin-till-inkorg = To the inbox
svara-karin-svar-rubrik = Reply to Karin
svara-karin-till = To:
svara-karin-svar-amne = Subject: Re: Coffee on Saturday?
svara-karin-meddelande = Write your reply here
svara-karin-skicka = Send
svara-karin-avbryt = Cancel
svara-karin-skicka-tips = Write a few words to Karin in the box first. Then press Send.
svara-karin-bibl-namn = The library
svara-karin-bibl-adress = bibliotek@kommun.example
svara-karin-bibl-amne = Your book is ready
svara-karin-bibl-text = Hello! The book you asked for is now at the library. It waits for you until Friday.
svara-karin-bibl-tips = You do not need to reply to this letter. Go to the inbox and open the letter from Karin.
