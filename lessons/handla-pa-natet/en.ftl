title = Shopping online and parcels
summary = Shop preferably in shops you know, and type the address yourself. Pay by card or invoice. Check your address before you order. A text message about a parcel can be fake. Never tap a link to pay. Open the parcel company's app, or type its address yourself. Forward fake text messages to 7726.

intro = Shopping on the internet is called e-commerce. You choose goods on a website or in an app. Then you pay. The goods come to your home, or to a pick-up point. A pick-up point is a shop where you collect parcels.

shops = Shop preferably in shops you know. Type the shop's address in the browser yourself. Is the price very low? Then the shop may be fake. Check that the shop has an address and a phone number. Feel free to search for the shop's name and read what others say about it.

pay = Pay by card or by invoice. An invoice is a bill that comes afterwards. Then you pay when you have got the goods. Did you pay by card and the goods never come? Then the bank can often help you. Never swish in advance to an unknown seller.

q1 = You are shopping in an online shop for the first time. What is the safest way to pay?
q1-hint = Which way gives you help if the goods never come?
q1-a1 = By card, or by invoice
q1-a1-fb = Yes, exactly! With an invoice you pay when you have got the goods.
q1-a2 = I swish in advance to the number the seller gives me
q1-a2-fb = Money you have swished is hard to get back. Pay by card or by invoice.

address = Check your address before you order. Are your name and street right? Is the postcode right? With a wrong address the parcel does not arrive.

notice = When the parcel is on its way you get a notice. It often comes as a text message, as an email or in the parcel company's app. But thieves also send fake notices. They look as if they come from a parcel company. They have a link where you are to pay, or type in your card number. Do not tap the link.

customs = Sometimes you really do have to pay for a parcel. Does the parcel come from a country outside the EU? Then you may have to pay VAT, and sometimes customs duty. VAT and customs duty are taxes to the state. The rules change now and then. What applies today is on tullverket.se.
customs-pay = PostNord may then ask you to pay. But never pay via a link in a text message. Open PostNord's app instead. Or type postnord.se in the browser yourself. There you see whether anything is to be paid.
customs-alt = On the left, a text message with a link to pay customs, and a red cross. On the right, the app that you open yourself. It says VAT to pay, 212 kronor, and a green tick.

q2 = A text message says: Your parcel is waiting. Pay 49 kronor customs via the link. What do you do?
q2-hint = Where can you safely see whether anything is to be paid?
q2-a1 = I tap the link and pay
q2-a1-fb = The link may lead to a thief. Open the parcel company's app, or type its address yourself.
q2-a2 = I open the parcel company's app myself and check there
q2-a2-fb = Yes, exactly! There you see whether anything really is to be paid.

q3 = You have bought something from a country outside the EU. Can it be real that you have to pay VAT?
q3-hint = Think about goods from countries outside the EU.
q3-a1 = Yes, it can. I check in the parcel company's app.
q3-a1-fb = Yes, exactly! Pay in the app or on the parcel company's own site, never via a link.
q3-a2 = No, it is always fraud
q3-a2-fb = Sometimes it is real. Check in the parcel company's app, or type its address yourself.

help = Did you tap a link and type in your card number? Call your bank at once and block the card. Then report it to the police on 114 14. Forward fake text messages to 7726. Does someone call about your parcel and want you to log in? Follow the police's three steps: Hang up. Don't log in. Don't trust the caller.

outro = Well done! Now you know how to shop safely online. Pay by card or invoice. Check parcels in the parcel company's own app. Unsure? Ask someone you trust, or ask at the library. Does someone call about a parcel? Hang up. Don't log in. Don't trust the caller.

keywords =
    E-commerce: shopping on the internet.
    Invoice: a bill that comes afterwards.
    Pick-up point: a shop where you collect parcels.
    Notice: a message that a parcel is on its way or has arrived.
    VAT and customs duty: taxes to the state, for some goods from countries outside the EU.
    7726: the number you forward fake text messages to.

# The practice paket-sms (scenarios/paket-sms.toml)
paket-sms-titel = A text message about your parcel
paket-sms-uppgift = You are waiting for a jumper from a shop in the USA. Now a text message comes about the parcel. First forward the message to 7726. Then check in the Parcel app whether anything is to be paid. No money is really sent.
paket-sms-tips = Do not tap the link. Where can you safely see whether anything is to be paid?
paket-sms-att-vidare = Forward the fake text message to 7726.
paket-sms-att-appen = Check in the Parcel app and pay what is to be paid.
paket-sms-slut = You forwarded the fake text message to 7726. You opened the Parcel app yourself, instead of the link. There you saw what really was to be paid.
paket-sms-sms-rad = Messages
paket-sms-sms-fran = Parcel
paket-sms-sms-text = Your parcel is stuck in customs. Pay 49 kronor within 24 hours, or it will be sent back.
paket-sms-lank = paketbolaget-tull.example/betala
paket-sms-vidare = Forward the message to 7726
paket-sms-oppna-appen = Open the Parcel app yourself
paket-sms-lank-titel = You tapped the link
paket-sms-lank-text = The link went to a fake page. There you would have had to type in your card number. Then the thief can take your money. Never tap a link to pay. Open the parcel company's app yourself.
paket-sms-anmalt-rubrik = Sent to 7726
paket-sms-anmalt-text = Thank you! Then fewer people get the same fake message. Now check in the Parcel app.
paket-sms-app-rad = Parcel app
paket-sms-app-rubrik = Your parcels
paket-sms-app-paket = A parcel is on its way to you.
paket-sms-paket-rad = Parcel from the USA: VAT to pay
paket-sms-paket-rubrik = Parcel from the USA
paket-sms-paket-text = The parcel comes from a country outside the EU. So you have to pay VAT and a fee.
paket-sms-paket-summa = To pay: 212 kronor
paket-sms-betala = Pay 212 kronor by card
paket-sms-tillbaka = Back
paket-sms-betalt-rubrik = Thank you! You have paid.
paket-sms-betalt-text = The parcel is sent to your pick-up point. You get a notice in the app when it has arrived.
paket-sms-till-sms = Back to messages
