title = The keyboard
summary = You now know the most important keys. You can type capital letters with Shift and erase with the backspace key. You know what Enter and the space bar do. You also know how to type the at sign.

intro = The keyboard has many buttons. Such a button is called a key. The picture shows the keys we learn today.
intro-alt = The picture shows six keys. At the top: backspace with an arrow to the left, Enter with a bent arrow, and Shift with a thick arrow up. Below: the long space bar, and AltGr plus 2, which gives the at sign.

letters = Most keys have a letter or a number. Press the key briefly and let go. If you hold it down, the same letter comes many times. The letters are not in the same order as in the alphabet.

space = The long key at the bottom is the space bar. It makes a gap between two words. Press it with your thumb.

shift = Do you want to type a capital letter? Hold down Shift and press the letter. It has a thick arrow pointing up. There is one on each side of the keyboard.

erase = Did you type something wrong? Then you erase it with the backspace key. It sits high up on the right and has an arrow to the left. Sometimes it says Backspace on it. Each press removes one letter.

enter = Enter is a big key on the right. It has a bent arrow. With Enter you tell the computer: Now I am done. In a text, Enter starts a new line.

q-erase = You typed the wrong letter. Which key removes it?
q-erase-hint = Feel free to go back and read the step about typing wrong.
q-erase-a1 = Enter
q-erase-a1-fb = Enter says that you are done. It is the backspace key that removes letters.
q-erase-a2 = The backspace key, with the arrow to the left
q-erase-a2-fb = Yes, exactly! Each press erases one letter.
q-erase-a3 = The space bar
q-erase-a3-fb = The space bar makes a gap. It is the backspace key that removes letters.

at = In email you need the sign @. It is called the at sign. On most Swedish computers you hold down AltGr and press 2. AltGr sits to the right of the space bar. On a Mac you hold down alt and press 2. Does it not work? Ask a tutor.

q-capital = How do you type a capital letter?
q-capital-hint = One key makes the letter big. There is one on each side.
q-capital-a1 = I hold down Shift and press the letter.
q-capital-a1-fb = Yes, exactly! Shift makes the letter a capital.
q-capital-a2 = I press Enter first.
q-capital-a2-fb = Enter starts a new line. Hold down Shift instead.
q-capital-a3 = I hold the letter down for a long time.
q-capital-a3-fb = Then the same small letter comes many times. Hold down Shift instead.

outro = Well done! Now you know the most important keys. Practise by typing your name.

keywords =
    Key: a button on the keyboard.
    Space bar: the long key that puts a space between words.
    Shift: hold it down to type a capital letter.
    Backspace: removes one letter at a time.
    Enter: tells the computer you are done, or starts a new line.
    At sign: the sign @. You type it with AltGr and 2.
