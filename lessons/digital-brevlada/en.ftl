title = Digital mailbox
summary = A digital mailbox is a mailbox on the internet. Once you have one, letters from public authorities come there and not on paper. You open the app yourself to read your post. You do not click on links in text messages about post.

what = A digital mailbox is a mailbox on the internet. You read your letters on your phone or on the computer. The letters stay there. You can read them again whenever you want.
what-alt = A phone showing a mailbox with three letters. Beside it are the words New post.

authorities = Many letters from public authorities can come there. An authority is, for example, the Tax Agency or the Social Insurance Agency. Once you have a digital mailbox, those letters do not come on paper. They only come to the mailbox on the internet.

choose = There are several mailboxes to choose from. Some are called Kivra, Min myndighetspost and e-Boks. Which ones exist can change. Ask at the library if you want to know how it is today.

start = You get the mailbox once. You download an app and log in with BankID. An app is a small program on the phone. The app can tell you when you have got post. Then you open it and read.

sms = Sometimes a text message comes saying that you have got post. Do not click on a link in such a message. Instead, open the app yourself, as you usually do. If you have got a letter, it is there.

q1 = You have a digital mailbox. Where do letters from the Tax Agency end up now?
q1-hint = Think about what a digital mailbox is for.
q1-a1 = In the digital mailbox
q1-a1-fb = Yes, exactly! Open the app and you will see the letter.
q1-a2 = On paper in the letterbox at home
q1-a2-fb = That is how it used to be. Now letters from authorities no longer come on paper.

q2 = You get a text message: You have a new letter, click here. What do you do?
q2-hint = Think about who sent the link.
q2-a1 = I click on the link in the message
q2-a1-fb = It is easy to do that. But the link can lead to a fake page.
q2-a2 = I open the app myself and look
q2-a2-fb = Yes, exactly! If the letter is there, you will see it in the app.

outro = Well done! Now you know what a digital mailbox is. Would you like to get one? Feel free to ask someone for help the first time.

keywords =
    Digital mailbox: a mailbox on the net for letters from authorities.
    Authority: for example the Tax Agency or the Social Insurance Agency.
    App: a small program on the phone.
