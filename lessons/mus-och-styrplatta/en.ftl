title = The mouse and the touchpad
summary = You now know how to move the arrow with the mouse. You can click with the left button and double-click. You can scroll with the wheel. You also know how a touchpad works.

intro = The mouse lies next to the keyboard. Rest your hand lightly on top of it. When you move the mouse, an arrow moves on the screen. The arrow shows where you are pointing.

click = The mouse has two buttons. The left button is the one you use most. To click is to press it down once and let go. Then you choose what the arrow points at.
click-alt = A mouse seen from above. The left button is blue. The text says: left button, click here. An arrow points to the wheel between the buttons: scroll up and down.

q-button = Which mouse button do you use most?
q-button-hint = In the picture, one button has a colour. Feel free to go back and look.
q-button-a1 = The left button
q-button-a1-fb = Yes, exactly! You almost always click with the left button.
q-button-a2 = The right button
q-button-a2-fb = The right one is only used now and then. You use the left one most.
q-button-a3 = The wheel
q-button-a3-fb = The wheel moves the text. You use the left button most.

double = Sometimes you need to click twice quickly. This is called double-clicking. You often do it to open something. Keep the mouse still while you click.

wheel = Between the buttons there is a small wheel. Roll the wheel with one finger. Then the text on the screen moves up or down. This is how you read a long page.

pad = A laptop often has no mouse. There is a pad below the keys instead. It is called a touchpad. Slide a finger on the pad, and the arrow moves. Press the pad down until it clicks. Want to scroll? Slide two fingers up or down on the pad.
pad-alt = A laptop seen from above. Below the keys there is a blue frame around a pad. A finger rests on the pad. The text says: touchpad.

q-double = What does it mean to double-click?
q-double-hint = The word double means two of something.
q-double-a1 = To click with two mice
q-double-a1-fb = You only use one mouse. You click twice quickly.
q-double-a2 = To click twice quickly
q-double-a2-fb = Yes, exactly! Two quick clicks often open something.
q-double-a3 = To click once and wait
q-double-a3-fb = That is an ordinary click. Double-clicking is two quick clicks.

q-scroll = You want to see more of a long text. What do you do?
q-scroll-hint = The text has to move on the screen. Which part of the mouse does that?
q-scroll-a1 = I double-click on the text.
q-scroll-a1-fb = Usually nothing happens then. Roll the wheel instead.
q-scroll-a2 = I roll the wheel.
q-scroll-a2-fb = Yes, exactly! The wheel moves the text up and down. On a touchpad you slide two fingers.
q-scroll-a3 = I turn off the computer.
q-scroll-a3-fb = Then the text disappears. Roll the wheel instead.

outro = Well done! The mouse takes a little practice. It gets easier every time. The next lesson is about the keyboard.

keywords =
    Click: press the mouse's left button once and let go.
    Double-click: click twice quickly.
    The wheel: sits on the mouse and moves the text up and down.
    Touchpad: the pad below the keys on a laptop.
