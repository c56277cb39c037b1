title = The municipality's e-services
summary = The municipality has e-services on its website. Often you log in with BankID and fill in a form. The municipality's contact centre answers questions. Many municipalities also have a digital guide who helps you.

what = The municipality also has e-services. You find them on the municipality's website. There you can, for example, apply for special transport (färdtjänst). That is taxi rides for people who find it hard to take the bus. What there is differs between municipalities.

form = Often you log in with BankID first. Then the municipality knows that it is you. Then you fill in a form. A form on the screen is like a paper form. Finally you press Send.
form-alt = A computer with a form. There are boxes for name and address and the button Send.

contact = The municipality has a contact centre. You call or write there when you have a question. They help you find the right place. The number is on the municipality's website.
contact-alt = A phone that says Contact centre, with the button Call. A speech bubble says: How can we help you?

guide = Many municipalities also have a digital guide. That is a person who helps you with the computer or the phone. The guide is often at the library. Ask the contact centre if there is one where you live.

more = You can get help in more places. The library is glad to help. SeniorNet Sweden is a club where older people teach other older people. And here on the course you can always ask.

q1 = Where do you find the municipality's e-services?
q1-hint = Think about where the municipality has its own pages.
q1-a1 = On the municipality's website
q1-a1-fb = Yes, exactly! There is a list of the municipality's e-services there.
q1-a2 = Through a link that someone sends in a text message
q1-a2-fb = A link in a text message can lead to a fake page. Do not tap such links.
q1-a3 = In the telephone directory
q1-a3-fb = The telephone directory is made of paper. An e-service is on the internet.

q2 = You do not understand an e-service. Who can you ask?
q2-hint = Think about who is there to help you.
q2-a1 = Nobody, I must manage on my own
q2-a1-fb = You do not have to manage everything on your own. Many people are glad to help you.
q2-a2 = The municipality's contact centre or digital guide
q2-a2-fb = Yes, exactly! The library and SeniorNet Sweden can also help you.

outro = Well done! Now you know where to find the municipality's e-services. Do one thing at a time, at your own pace. And feel free to ask for help.

keywords =
    Form: a paper form, but on the screen.
    Mobility service: taxi trips for people who find it hard to take the bus.
    Contact centre: where you call or write with questions for the municipality.
    Digital guide: a person who helps you with the computer or the phone.
