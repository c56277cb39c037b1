title = Travel and tickets
summary = You can buy tickets in an app or on a website. Buy from the company's own app or site, and look at the address. Read everything through before you pay. Keep the receipt until the journey is over.

what = You can buy tickets in an app or on a website. This works for buses and trains, for example. The ticket is then on your phone. You can also get it by email.
what-alt = A phone showing a train ticket. It shows the day, the time and the carriage.

own = Buy from the company's own app or website. Open the app or type the address yourself. A fake page can look like the real one. So look at the address before you pay.
own-alt = Two addresses. The top one is the company's own and has a green tick. The bottom one is a fake address with a red cross.

pay = Choose the journey, the day and the time. Then read everything through once more. Is everything right? Then you pay, for example with a card or Swish.

receipt = After buying you get a receipt. A receipt shows what you have paid. It often comes by email. Keep it until the journey is over. Then you can show it if something goes wrong.

onboard = On the bus or the train you show the ticket on your phone. Charge your phone before you travel. Would you rather have the ticket on paper? Ask the company if that is possible.

q1 = You want to buy a train ticket. Where is it safest to buy it?
q1-hint = Think about who sells the journey.
q1-a1 = In the company's own app or on its website
q1-a1-fb = Yes, exactly! Still, look at the address before you pay.
q1-a2 = Through a link in a text message from an unknown number
q1-a2-fb = A link in a text message can lead to a fake page. There someone can take your money. Buy in the company's own app instead.

q2 = What is a receipt?
q2-hint = You get it after buying.
q2-a1 = The ticket for the journey home
q2-a1-fb = The ticket shows that you may travel. A receipt is something else.
q2-a2 = Proof of what you have paid
q2-a2-fb = Yes, exactly! Keep the receipt until the journey is over.

outro = Well done! Now you know how to buy a ticket online. Buy from the right place, read before you pay and keep the receipt.

keywords =
    Ticket: shows that you have paid for the trip. It can be on your phone.
    Receipt: shows what you have paid.
    Website: pages on the net, for example the company's own.
