title = What is an e-service?
summary = An e-service is an errand that you do on the computer or the phone. You usually log in with BankID. You only log in when you yourself have chosen to. Always look at the address first.

intro = In the past you wrote a letter or phoned to do an errand. Now you can do much of it at home. An e-service is an errand that you do on the computer. It works on the phone too.
intro-alt = On the left, a letter on paper. On the right, a computer with the button Log in.

examples = There are many e-services. You can book a time with your health care. You can read letters from the Tax Agency. You can renew library books and buy tickets. Most of them are open day and night.

login = The e-service often needs to know who you are. Then you log in. To log in means that you show who you are. You usually do it with BankID on your phone.

yourself = You only log in when you yourself want to do an errand. Does someone call and ask you to log in? Hang up. The bank and the Tax Agency never call to ask for that.

address = Look at the address before you log in. It is at the very top of the window. It must be the right one, for example 1177.se. A fake page can look almost the same. It is a good idea to type the address yourself.
address-alt = Two addresses. The top one is 1177.se and has a green tick. The bottom one is a strange address with a red cross.

q1 = What is an e-service?
q1-hint = Think about where you do the errand.
q1-a1 = A letter that comes in the post
q1-a1-fb = A letter on paper is the old way. You do an e-service yourself on a screen.
q1-a2 = An errand that you do on the computer or the phone
q1-a2-fb = Yes, exactly! You do the errand on the screen, when it suits you.
q1-a3 = A phone call to a friend
q1-a3-fb = Calling a friend is nice. But an e-service is an errand that you do on a screen.

q2 = You are going to log in to an e-service. What do you look at first?
q2-hint = Think about how you know that the page is the right one.
q2-a1 = The address at the top of the window
q2-a1-fb = Yes, exactly! The address shows if you are on the right page.
q2-a2 = Whether the page has nice pictures
q2-a2-fb = A fake page can have nice pictures too. It is the address that shows whose page it is.

q3 = The phone rings. A voice says that you must log in with BankID now. What do you do?
q3-hint = Who should decide when you log in?
q3-a1 = I log in, so that it gets done
q3-a1-fb = It is easy to want to help. But never log in because someone asks you to.
q3-a2 = I hang up
q3-a2-fb = Yes, exactly! You only log in when you yourself want to do an errand.

outro = Well done! Now you know what an e-service is. In the next lessons we will try some of them. Take the time you need.

keywords =
    E-service: an errand you do on the computer or the phone.
    Errand: something you need to get done, for example with health care.
    Address: the page's name at the top of the window, for example 1177.se.
