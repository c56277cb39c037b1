title = Searching the net
summary = You now know how to search the net with a few words. You know what a link is and how to click it. You can go back with the arrow at the top left. You know that an answer from AI can be wrong.

intro = You do not always know the address of a page. Then you can search instead. You type a few words about what you are looking for. Then pages that match are shown.

search = Click in the field at the top of the browser. It is the same field where you type addresses. Type your words there and press Enter. Then you get a list of answers.
search-alt = A web browser. The field at the top says, in Swedish: library opening hours. Below are two blue, underlined answers. An arrow shows that they are links. Another arrow points at the arrow at the top left and says: back.

words = Type a few words that say what you are looking for. For example: library opening hours. You do not need to write whole sentences. If you spell a little wrong, it usually works anyway.

links = The answers in the list are links. A link is a text that you can click. It takes you to another page. A link is often blue or underlined. When you point at it, the arrow often turns into a small hand.

q-link = What is a link?
q-link-hint = Think of what happens when you click the answers in the list.
q-link-a1 = A chain fixed to the computer
q-link-a1-fb = A link can be part of a chain. But on the net, a link is a text that you click.
q-link-a2 = A text that takes you to another page when you click it
q-link-a2-fb = Yes, exactly! A link takes you on to a new page.
q-link-a3 = A fault on the screen
q-link-a3-fb = A link is not a fault. It is a text that you can click.

back = Do you want to go back to the list? Click the arrow that points to the left. It sits at the top left of the browser. Each click takes you one step back.

q-back = You have clicked a link. Now you want to go back to the list. What do you do?
q-back-hint = In the picture, something points backwards. Feel free to go back and look.
q-back-a1 = I click the arrow at the top left.
q-back-a1-fb = Yes, exactly! The arrow takes you one step back.
q-back-a2 = I turn off the computer.
q-back-a2-fb = Then you have to start over. Click the arrow at the top left instead.
q-back-a3 = I click the cross.
q-back-a3-fb = The cross closes the whole window. Click the arrow at the top left instead.

ai-answer = Sometimes a short answer stands at the very top of the list. It is written by a computer, with so-called AI. The answer can be wrong. Is it about health or money? Then read on a page you trust instead, for example 1177.se.

ads = At the top of the list there are sometimes ads. They are marked with a word like Ad or Sponsored. Fake pages can buy ads too. Do you want to go to your bank? Then type the bank's address yourself. The next lesson is about ads on the net.

outro = Well done! Now you can search, click links and go back. With that you can find a lot on the net.

keywords =
    Search: type a few words to find pages on the net.
    Link: a text you can click to go to another page.
    The back arrow: the arrow at the top left. It takes you one step back.
    AI: a computer that can write text. An answer from AI can be wrong.
