title = Swish – paying with your phone
summary = With Swish you pay to a phone number and sign with BankID. Always look at the name before you pay. Only swish to people you know, or when you have bought something yourself. A picture of a payment is not a payment. To receive money you do not need to use BankID.

what = Swish is a way to pay with your phone. You pay to a phone number. The money goes straight from your account to the other person's. Paying with Swish is called swishing. You get Swish through your bank.

how = You type the number and how much you want to pay. Then you sign with BankID. The money arrives in a few seconds. If it went to the wrong person, it is hard to get it back.

name = Before you pay, the app shows a name. It is the person who gets the money. Is the name right? Then you can pay. Is it not right? Tap Cancel.
name-alt = A phone showing 200 kronor to Anna Berg. At the top it says Is the name right? Below are the buttons Cancel and Pay.

picture = If you sell something, the buyer can pay with Swish. Sometimes the buyer shows a picture of a payment. But a picture is not a payment. Look in your own app or bank to see if the money has arrived.
picture-alt = On the left, a picture that the buyer shows, with a red cross. On the right, your own app, with a green tick.

receive = To receive money you do not need to do anything. You should not use BankID for it. Does someone ask you to use BankID to receive money? Then that person wants to trick you.

request = Sometimes you get a payment request in Swish. It means that someone asks you to pay. Thieves send those too. Only swish to people you know, or when you have bought something yourself. Never pay because a stranger asks you for help. Do you get a request you did not expect? Tap Cancel.

q1 = You are going to swish to your grandchild. The app shows a completely different name. What do you do?
q1-hint = Think about who the money goes to.
q1-a1 = I pay anyway
q1-a1-fb = The money goes to the person with that name. It is hard to get it back. Tap Cancel instead.
q1-a2 = I cancel and check the number
q1-a2-fb = Yes, exactly! Ask your grandchild for the number and try again.

q2 = You are selling a chair. The buyer shows a picture of a payment. Have you got the money?
q2-hint = Where can you see for yourself that money has arrived?
q2-a1 = Yes, the picture shows it
q2-a1-fb = A picture can be fake. It does not show that the money has reached you.
q2-a2 = I know when I have looked in my own app
q2-a2-fb = Yes, exactly! Only hand over the chair when you can see the money.

q3 = Someone wants to give you money with Swish. But first you must sign with BankID, the person says. What is true?
q3-hint = What do you need to do to receive money?
q3-a1 = I must sign to get the money
q3-a1-fb = It sounds reasonable, but it is a common trick. With BankID you sign something that you yourself are doing.
q3-a2 = That is not needed. Someone is trying to trick me.
q3-a2-fb = Yes, exactly! Cancel and sign nothing.

outro = Well done! Now you know how Swish works. Look at the name before you pay. Only swish to people you know. Trust your own app, not a picture.

keywords =
    Swish: a way to pay to a phone number.
    To swish: to pay with Swish.
    Sign: say yes to the payment with BankID.
    The name: the person who gets the money. Check it before you pay.
    Payment request: when someone asks you to pay in Swish.

# The practice betala (scenarios/betala.toml)
betala-titel = Pay with your phone
betala-uppgift = Make two payments in the Pay app. First 150 kronor to Maria Lind for lunch. Then 200 kronor to Lena Berg for a chair. Read the name before you pay. The practice code is on the note. It is not a real code. Never write down your real code. No money is really sent.
betala-tips = Read what the phone says. What should you do now?
betala-slut = You paid Maria. Then you saw that the name was not Lena Berg. So you cancelled. Ask Lena for the number once more. Always read the name before you sign.
betala-lapp = Practice code: 527384
betala-lapp-lena = Lena Berg: 070-174 06 33
betala-app-rad = Pay app
betala-app-rubrik = Pay with your phone
betala-ny = New payment
betala-mottagare-rubrik = Who do you want to pay?
betala-maria-namn = Maria Lind
betala-maria-nummer = 070-174 06 71
betala-olle-namn = Olle Svensson
betala-olle-nummer = 070-174 06 22
betala-maria-tips = You should pay Maria Lind first.
betala-belopp-fraga = How much do you want to pay? You are paying Maria 150 kronor for lunch.
betala-kr-100 = 100 kronor
betala-kr-150 = 150 kronor
betala-kr-1500 = 1,500 kronor
betala-belopp-tips = Lunch cost 150 kronor. Look closely at the digits.
betala-kolla-rubrik = Is this right?
betala-kolla-1-till = To: Maria Lind, 070-174 06 71
betala-kolla-1-belopp = Amount: 150 kronor
betala-betala = Pay
betala-avbryt = Cancel
betala-stammer-tips = The name and the amount are right. It is Maria. So you can pay.
betala-bankid-rad = BankID
betala-bankid-text = 150 kronor to Maria Lind. Type your code and press Sign.
betala-godkann = Sign
betala-kod-tips = The code was not right. Look at the note. Type all six digits. Then press Sign.
betala-betald-rubrik = Done! 150 kronor to Maria Lind.
betala-betald-text = Now pay Lena Berg for the chair.
betala-nummer-text = You have typed the number from the note: 070-174 06 33.
betala-till-numret = Pay 200 kronor to 070-174 06 33
betala-kolla-2-till = To: Kent Ek, 070-174 06 33
betala-kolla-2-belopp = Amount: 200 kronor
betala-falla = You paid although the name was wrong
betala-falla-text = It said Kent Ek, not Lena Berg. The money would have gone to the wrong person. Such money is hard to get back. Always read the name. Is it wrong? Press Cancel.
betala-avbrutet-rubrik = The payment is cancelled
betala-avbrutet-text = No money has been sent.

# The practice salja (scenarios/salja.toml)
salja-titel = You are selling a bike
salja-uppgift = You are selling your old bike for 500 kronor. The buyer says she has paid. What do you do? Nothing real happens.
salja-tips = Has the money arrived? Where can you see that?
salja-slut = You looked in your own app. There was no money there. A picture of a payment is not a payment. Hand over the thing only when the money shows in your own app.
salja-sms-rad = Messages
salja-kopare = The buyer
salja-sms-text = Hi! I have paid 500 kronor for the bike. Here is a picture of the payment. Can I pick up the bike now?
salja-bild = payment.jpg – Done! 500 kronor has been sent.
salja-sms-bankid = Can't see the money? Log in with BankID, and it will come.
salja-lamna = Hand over the bike
salja-bankid = Log in with BankID to get the money
salja-kolla = Look in your own pay app
salja-cykel-falla = You handed over the bike
salja-cykel-falla-text = The picture was fake. The buyer had not paid. Now the bike is gone and you got no money. Always look in your own app first.
salja-bankid-falla = You logged in to get money
salja-bankid-falla-text = To get money you do not need to do anything. Anyone who asks you to use BankID to get money wants to trick you. With your BankID the thief can take your money.
salja-app-rad = Pay app
salja-app-rubrik = Your payments
salja-app-inga = No new payments today.
salja-app-senast = Latest: 12 March, 150 kronor to Maria Lind.
salja-svara = Write: I see no money. You get the bike when it has come.
salja-du = You
salja-svar-text = I see no money in my app. You get the bike when the money has come.
