title = Fönster på skärmen
summary = Du vet nu vad ett fönster är. Du kan stänga det med krysset och göra det större med fyrkanten. Du vet också hur du lägger undan ett fönster och får tillbaka det.

intro = När du öppnar något på datorn, visas det i en ruta. Rutan kallas ett fönster. Du kan ha flera fönster öppna på samma gång. Det fönster som ligger överst är det du använder just nu.

buttons = Högst upp i fönstret finns en rad med ett namn. Längst till höger på raden sitter tre små knappar. Krysset stänger fönstret. Det blir rött när pilen pekar på det. Fyrkanten gör det större. Strecket lägger undan det.
buttons-alt = Ett fönster med namnet Brev. Uppe till höger finns tre knappar: ett streck, en fyrkant och ett vitt kryss på röd botten. Bredvid står vad de gör: stäng, gör större och lägg undan.

close = Att stänga betyder att ta bort fönstret från skärmen. Klicka på krysset uppe till höger. Inget går sönder när du stänger. Ibland frågar datorn om du vill spara. Att spara betyder att datorn kommer ihåg det du har gjort. Är du osäker, fråga en handledare.

q-close = Du vill stänga ett fönster. Var klickar du?
q-close-hint = Vilken knapp blir röd när du pekar på den? Gå gärna tillbaka och titta på bilden.
q-close-a1 = Mitt i fönstret
q-close-a1-fb = Där händer oftast inget. Klicka på krysset uppe till höger.
q-close-a2 = På krysset uppe till höger
q-close-a2-fb = Ja, precis! Då är det stängt.
q-close-a3 = På strecket
q-close-a3-fb = Strecket lägger bara undan det. Krysset tar bort det helt.

bigger = Är fönstret för litet? Klicka på fyrkanten bredvid krysset. Då fyller det hela skärmen. Nu ser fyrkanten ut som två små rutor. Klicka på dem, så blir fönstret mindre igen.

hide = Strecket lägger undan fönstret. Det är inte stängt. Det väntar som en liten bild på raden längst ner på skärmen. Klicka på bilden, så kommer det tillbaka.

q-bigger = Fönstret är för litet för att läsa. Vad gör du?
q-bigger-hint = En av de tre knapparna gör fönstret större. Gå gärna tillbaka och titta på bilden.
q-bigger-a1 = Jag klickar på fyrkanten.
q-bigger-a1-fb = Ja, precis! Nu blir det stort.
q-bigger-a2 = Jag klickar på krysset.
q-bigger-a2-fb = Krysset stänger det. Klicka på fyrkanten i stället.
q-bigger-a3 = Jag stänger av datorn.
q-bigger-a3-fb = Det behövs inte. Klicka på fyrkanten, så blir fönstret större.

mac = En Mac är en sorts dator som ser lite annorlunda ut. Där sitter tre runda knappar uppe till vänster. Den röda knappen stänger fönstret. Den gula lägger undan det.

outro = Bra gjort! Nu kan du stänga ett fönster och göra det större. Det kommer du att göra ofta.

keywords =
    Fönster: en ruta på skärmen där något är öppet.
    Krysset: stänger fönstret.
    Fyrkanten: gör fönstret större eller mindre.
    Strecket: lägger undan fönstret utan att stänga det.
