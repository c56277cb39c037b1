title = Writing a new letter
summary = You start a new letter with the button New message or Write. On the To line you write the address, and on the Subject line what the letter is about. Read the letter through before you click Send. What you have sent, you find under Sent.

intro = Now you will write a brand new letter. Look for the button New message. It can also be called Write or New mail. Click it, and an empty letter opens.

till = At the top is the line To. There you write the address of the person who will get the letter. Write it exactly right, with @ in the middle. For example: lars.svensson@post.example
till-alt = An empty letter with three parts: the line To, the line Subject and a big box for text.

amne = Below To is the line Subject. There you write a few words about the letter, for example Coffee on Saturday. The subject shows in the inbox of the person who gets the letter. Then they know at once what it is about.

q1 = What do you write on the line To?
q1-hint = Think of the envelope of an ordinary letter. What do you write on it?
q1-a1 = What the letter is about
q1-a1-fb = You write that on the line Subject. The line To is for something else.
q1-a2 = The address of the person who will get the letter
q1-a2-fb = Yes, exactly! The line To is like the address on an envelope.
q1-a3 = My own name
q1-a3-fb = Your name comes along by itself. The line To is for something else.

text = Below Subject is a big box. There you write the letter itself. You can start with Hi and the name. End with a greeting and your name, as in an ordinary letter.

skicka = Read the letter through before you send it. Look extra carefully at the address. Then click Send. The letter goes at once. In some programs an Undo button shows for a short while. After that the letter cannot be taken back.
skicka-alt = A finished letter to Lars about coffee on Saturday. An arrow points at the Send button.

q2 = You have finished writing your letter. What do you do before you click Send?
q2-hint = A letter that has been sent can usually not be taken back.
q2-a1 = I read the letter through and look at the address.
q2-a1-fb = Yes, exactly! Then you see if something went wrong. Then you click Send.
q2-a2 = I close the window.
q2-a2-fb = Then the letter is not sent. It may also disappear.
q2-a3 = I click Delete.
q2-a3-fb = Then you delete the letter you have written. You do not want that.

skickat = Do you want to see what you have sent? Click Sent. All the letters you have sent yourself are kept there. That is useful if you want to read something again.

q3 = Where do you find a letter that you have sent yourself?
q3-hint = New letters from others arrive in the inbox. Your own letters have a place of their own.
q3-a1 = In the inbox
q3-a1-fb = The inbox is where letters arrive that others send to you.
q3-a2 = Under Sent
q3-a2-fb = Yes, exactly! All the letters you have sent are kept there.
q3-a3 = In the trash
q3-a3-fb = That is where letters go that you have deleted.

slut = Well done! Now you can write a new letter. You know what goes on the lines To and Subject. Try writing a short letter to a friend to practise.

keywords =
    New message: the button that opens an empty letter. Sometimes it is called Write or New mail.
    To: the line where you type the address of the person who gets the letter.
    Subject: the line where you write what the letter is about.
    Send: the button that sends the letter off.

# The practice: a new letter to Karin (scenarios/nytt-brev.toml).
nytt-brev-titel = Write a new letter
nytt-brev-uppgift = Write a letter to Karin Ek. Press New message. Choose Karin in the address book. Write a subject and a few words. Then press Send. Nothing is really sent.
nytt-brev-tips = Start with the New message button in the inbox.
nytt-brev-slut = You chose Karin in the address book. That way the address was right. You wrote a subject and your letter. Then you sent it.
nytt-brev-adress = Email
nytt-brev-inkorg-rubrik = Inbox
nytt-brev-klart = Done: Your letter to Karin has been sent.
nytt-brev-nytt = New message
nytt-brev-olle-namn = Olle Svensson
nytt-brev-olle-adress = olle.s@post.example
nytt-brev-olle-hel = Olle Svensson, olle.s@post.example
nytt-brev-olle-amne = Thanks for yesterday
nytt-brev-olle-text = Hi! Thank you for a lovely evening yesterday. See you again soon. Best wishes, Olle
nytt-brev-till-inkorg = To the inbox
nytt-brev-skriv-rubrik = New message
nytt-brev-till = To:
nytt-brev-till-ingen = You have not chosen anyone yet.
nytt-brev-karin-namn = Karin Ek
nytt-brev-karin-adress = karin.ek@post.example
nytt-brev-karin-hel = Karin Ek, karin.ek@post.example
nytt-brev-valj-mottagare = Choose from the address book
nytt-brev-amne = Subject
nytt-brev-meddelande = Write your letter here
nytt-brev-skicka = Send
nytt-brev-avbryt = Cancel
nytt-brev-skicka-tips = Look at two things. Is Karin next to To? Have you written a subject and a few words?
nytt-brev-adressbok-rubrik = Address book. Who do you want to write to?
