title = The web browser
summary = You now know what the internet and a web page are. You know that you read web pages in a web browser. You can type an address in the address bar and press Enter.

intro = The internet is a network that links computers all over the world. We often just call it the net. There you find pages with text and pictures. They are called web pages.

browser = To see a web page you need a web browser. It is a program, that is, a tool in the computer. The browser appears in a window. There are several kinds, but they work in much the same way.

field = At the top of the browser there is a long box that you can type in. It is called the address bar. There you type the address of a page. An address can look like this: www.biblioteket.example
field-alt = A web browser. At the top there is a long field with the text www.biblioteket.example. An arrow points at the field and says: address bar. Below the field it says Welcome!

typing = Click in the address bar. Type the address with the keyboard. Then press Enter. After a little while the page appears.

q-where = Where do you type the address of a web page?
q-where-hint = The field has a name of its own. Feel free to go back and look at the picture.
q-where-a1 = In the address bar at the top
q-where-a1-fb = Yes, exactly! You type the address in the address bar.
q-where-a2 = At the bottom of the page
q-where-a2-fb = The address bar sits at the top of the browser.
q-where-a3 = Anywhere on the screen
q-where-a3-fb = First you must click in the address bar at the top.

address = Many addresses start with www. Then comes a name. Swedish addresses often end with dot se. Addresses that end with dot example are made up. We only use them in the course's examples. Every letter and dot must be right. Otherwise you end up on the wrong page.

q-then = You have typed the address. What do you do next?
q-then-hint = Think of the key that tells the computer you are done.
q-then-a1 = I press the space bar.
q-then-a1-fb = The space bar only makes a gap. Press Enter instead.
q-then-a2 = I press Enter.
q-then-a2-fb = Yes, exactly! Now the browser shows the page.
q-then-a3 = I close the window.
q-then-a3-fb = Then the browser disappears. Press Enter instead.

outro = Well done! Now you know what a web browser is. You can also type an address and get to a page. The next lesson is about searching the net.

keywords =
    The net: the internet, a net that links computers all over the world.
    Web page: a page on the net with text and pictures.
    Web browser: the program that shows web pages.
    Address bar: the long field at the top where you type an address.
