title = The library online
summary = On the library's website you can search for books in the catalogue. You log in with your library card and PIN, or with BankID. Then you can renew and reserve books. You can also borrow e-books for free.

search = The library has a website. There you can search for books. The list of all the books is called the catalogue. Type a title or a name in the search box. Then you see if the book is in.
search-alt = A box that says Search book. Below it is a book and the words Available, with a green tick.

login = Do you want to see your loans? Then you log in. You use your library card and a PIN. A PIN is a code made of digits. You get it at the library. At many libraries you can also use BankID.

renew = When you have logged in, you see your loans. It says when each book must be returned. Do you want to read longer? Tap Renew. It does not work if someone else is waiting for the book.
renew-alt = A book and a screen. It says Return by 12 May and has the button Renew.

reserve = Is the book out on loan? Then you can reserve it. That means you join a queue. You get a message when the book is waiting for you.

ebooks = An e-book is a book that you read on a screen. There are also audiobooks, which you listen to. You borrow them for free with your library card. Ask at the library which app they use.

q1 = The book must be returned tomorrow. You want to finish reading it. What can you do?
q1-hint = Think about what you can do when you have logged in.
q1-a1 = Log in and tap Renew
q1-a1-fb = Yes, exactly! Then you can keep the book longer, if nobody is waiting for it.
q1-a2 = Nothing, the book must go back tomorrow
q1-a2-fb = You can often keep the book longer. You arrange that on the library's website.

q2 = What do you need to borrow an e-book?
q2-hint = Think about how you log in at the library.
q2-a1 = A card to pay with
q2-a1-fb = E-books at the library are free. You do not need to pay anything.
q2-a2 = Library card and PIN, or BankID
q2-a2-fb = Yes, exactly! Feel free to ask at the library for help to get started.

q3 = What does it mean to reserve a book?
q3-hint = Think about what you do when the book is already out on loan.
q3-a1 = To join a queue for the book
q3-a1-fb = Yes, exactly! You get a message when the book is waiting for you.
q3-a2 = To buy the book
q3-a2-fb = You do not buy books at the library. You borrow them for free.

outro = Well done! Now you know how to search, renew and reserve books. And you know that there are e-books to borrow.

keywords =
    Catalogue: the list of all the books in the library.
    PIN: a code of digits that you get at the library.
    Renew: keep a book longer.
    Reserve: join the queue for a book.
    E-book: a book you read on a screen.

# The practice lana-om (scenarios/lana-om.toml)
lana-om-titel = Renew your books
lana-om-uppgift = Your books are due back soon. Log in on the library's page. Renew the books you can. The practice code is on the note. It is not a real code. Never write down your real PIN. Nothing real happens.
lana-om-tips = Read what the page says. What should you do now?
lana-om-slut = You renewed two books. The third one could not be renewed, because someone else is waiting for it. Return it on time.
lana-om-lapp = Practice code: 2468
lana-om-adress = biblioteket.example
lana-om-start-rubrik = The library
lana-om-start-text = Search our books. Or log in and see your loans.
lana-om-logga-in = Log in
lana-om-sok = Search the catalogue
lana-om-sok-tips = You want to see your loans. Then you log in first.
lana-om-login-rubrik = Log in with your library card
lana-om-login-text = Your library card is already filled in. Type your PIN.
lana-om-kod-tips = The PIN was not right. Look at the note. Type all four digits. Then press Log in.
lana-om-lan-rubrik = My loans
lana-om-bok-1 = Summer by the lake. Due 3 April.
lana-om-bok-1-klar = Summer by the lake. Renewed! Due 1 May.
lana-om-lana-om-1 = Renew Summer by the lake
lana-om-bok-2 = Mushrooms in the forest. Due 3 April.
lana-om-bok-2-klar = Mushrooms in the forest. Renewed! Due 1 May.
lana-om-lana-om-2 = Renew Mushrooms in the forest
lana-om-bok-3 = The trip to Gotland. Due 3 April. Someone is waiting for the book.
lana-om-lana-om-3 = Renew The trip to Gotland
lana-om-ko-tips = Someone else is waiting for that book. It cannot be renewed. Renew the other two.
