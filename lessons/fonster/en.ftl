title = Windows on the screen
summary = You now know what a window is. You can close it with the cross and make it bigger with the square. You also know how to put a window away and get it back.

intro = When you open something on the computer, it appears in a box. The box is called a window. You can have several windows open at the same time. The window on top is the one you are using right now.

buttons = At the top of the window there is a bar with a name. At the right end of the bar there are three small buttons. The cross closes the window. It turns red when the arrow points at it. The square makes it bigger. The line puts it away.
buttons-alt = A window called Letter. At the top right there are three buttons: a line, a square and a white cross on red. Next to it, it says what they do: close, make bigger and put away.

close = To close means to remove the window from the screen. Click the cross at the top right. Nothing breaks when you close. Sometimes the computer asks if you want to save. To save means that the computer keeps what you have done. If you are unsure, ask a tutor.

q-close = You want to close a window. Where do you click?
q-close-hint = Which button turns red when you point at it? Feel free to go back and look at the picture.
q-close-a1 = In the middle of the window
q-close-a1-fb = Usually nothing happens there. Click the cross at the top right.
q-close-a2 = On the cross at the top right
q-close-a2-fb = Yes, exactly! Then it is closed.
q-close-a3 = On the line
q-close-a3-fb = The line only puts it away. The cross removes it completely.

bigger = Is the window too small? Click the square next to the cross. Then it fills the whole screen. Now the square looks like two small boxes. Click them, and the window gets smaller again.

hide = The line puts the window away. It is not closed. It waits as a small picture in the bar at the bottom of the screen. Click the picture, and it comes back.

q-bigger = The window is too small to read. What do you do?
q-bigger-hint = One of the three buttons makes the window bigger. Feel free to go back and look at the picture.
q-bigger-a1 = I click the square.
q-bigger-a1-fb = Yes, exactly! Now it gets big.
q-bigger-a2 = I click the cross.
q-bigger-a2-fb = The cross closes it. Click the square instead.
q-bigger-a3 = I turn off the computer.
q-bigger-a3-fb = There is no need. Click the square, and the window gets bigger.

mac = A Mac is a kind of computer that looks a little different. There are three round buttons at the top left. The red button closes the window. The yellow one puts it away.

outro = Well done! Now you can close a window and make it bigger. You will do that often.

keywords =
    Window: a box on the screen where something is open.
    The cross: closes the window.
    The square: makes the window bigger or smaller.
    The line: puts the window away without closing it.
