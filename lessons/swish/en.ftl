title = Swish – paying with your phone
summary = With Swish you pay to a phone number and approve with BankID. Always look at the name before you approve. A picture of a payment is not a payment. To receive money you do not need to use BankID.

what = Swish is a way to pay with your phone. You pay to a phone number. The money goes straight from your account to the other person's. Paying with Swish is called swishing. You get Swish through your bank.

how = You type the number and how much you want to pay. Then you approve with BankID. The money arrives in a few seconds. If it went to the wrong person, it is hard to get it back.

name = Before you approve, the app shows a name. It is the person who gets the money. Is the name right? Then you can approve. Is it not right? Tap Cancel.
name-alt = A phone showing 200 kronor to Anna Berg. At the top it says Is the name right? Below are the buttons Cancel and Approve.

picture = If you sell something, the buyer can pay with Swish. Sometimes the buyer shows a picture of a payment. But a picture is not a payment. Look in your own app or bank to see if the money has arrived.
picture-alt = On the left, a picture that the buyer shows, with a red cross. On the right, your own app, with a green tick.

receive = To receive money you do not need to do anything. You should not use BankID for it. Does someone ask you to use BankID to receive money? Then they want to trick you.

q1 = You are going to swish to your grandchild. The app shows a completely different name. What do you do?
q1-hint = Think about who the money goes to.
q1-a1 = I approve anyway
q1-a1-fb = The money goes to the person with that name. It is hard to get it back.
q1-a2 = I cancel and check the number
q1-a2-fb = Yes, exactly! Ask your grandchild for the number and try again.

q2 = You are selling a chair. The buyer shows a picture of a payment. Have you got the money?
q2-hint = Where can you see for yourself that money has arrived?
q2-a1 = Yes, the picture shows it
q2-a1-fb = A picture can be fake. It does not show that the money has reached you.
q2-a2 = I know when I have looked in my own app
q2-a2-fb = Yes, exactly! Only hand over the chair when you can see the money.

q3 = Someone wants to give you money with Swish. They say you must approve with BankID. What is true?
q3-hint = What do you need to do to receive money?
q3-a1 = I must approve to get the money
q3-a1-fb = It sounds reasonable, but it is a common trick. With BankID you approve something that you yourself are doing.
q3-a2 = That is not needed. Someone is trying to trick me.
q3-a2-fb = Yes, exactly! Cancel and approve nothing.

outro = Well done! Now you know how Swish works. Look at the name before you approve. Trust your own app, not a picture.

keywords =
    Swish: a way to pay to a phone number.
    To swish: to pay with Swish.
    Approve: say yes to the payment with BankID.
    The name: the person who gets the money. Check it before you approve.
