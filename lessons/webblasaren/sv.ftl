title = Webbläsaren
summary = Du vet nu vad nätet och en webbsida är. Du vet att du läser webbsidor i en webbläsare. Du kan skriva en adress i adressfältet och trycka på Enter.

intro = Internet är ett nät som binder ihop datorer i hela världen. Vi säger ofta bara nätet. Där finns sidor med text och bilder. De kallas webbsidor.

browser = För att se en webbsida behöver du en webbläsare. Det är ett program, alltså ett verktyg i datorn. Webbläsaren visas i ett fönster. Det finns flera sorter, men de fungerar på ungefär samma sätt.

field = Högst upp i webbläsaren finns en lång ruta som du kan skriva i. Den kallas adressfältet. Där skriver du adressen till en sida. En adress kan se ut så här: www.biblioteket.example
field-alt = En webbläsare. Högst upp finns ett avlångt fält med texten www.biblioteket.example. En pil pekar på fältet och säger: adressfält. Under fältet står Välkommen!

typing = Klicka i adressfältet. Skriv adressen med tangentbordet. Tryck sedan på Enter. Efter en liten stund visas sidan.

q-where = Var skriver du adressen till en webbsida?
q-where-hint = Fältet har ett eget namn. Gå gärna tillbaka och titta på bilden.
q-where-a1 = I adressfältet högst upp
q-where-a1-fb = Ja, precis! Adressen skriver du i adressfältet.
q-where-a2 = Längst ner på sidan
q-where-a2-fb = Adressfältet sitter högst upp i webbläsaren.
q-where-a3 = Var som helst på skärmen
q-where-a3-fb = Du måste klicka i adressfältet högst upp först.

address = Många adresser börjar med www. Sedan kommer ett namn. Svenska adresser slutar ofta med punkt se. Adresser som slutar med punkt example är påhittade. Dem använder vi bara i kursens exempel. Varje bokstav och punkt måste vara rätt. Annars kommer du till fel sida.

q-then = Du har skrivit in adressen. Vad gör du sedan?
q-then-hint = Tänk på den tangent som säger till datorn att du är klar.
q-then-a1 = Jag trycker på mellanslag.
q-then-a1-fb = Mellanslag gör bara ett tomrum. Tryck på Enter i stället.
q-then-a2 = Jag trycker på Enter.
q-then-a2-fb = Ja, precis! Nu visar webbläsaren sidan.
q-then-a3 = Jag stänger fönstret.
q-then-a3-fb = Då försvinner webbläsaren. Tryck på Enter i stället.

outro = Bra gjort! Nu vet du vad en webbläsare är. Du kan också skriva en adress och komma till en sida. Nästa lektion handlar om att söka på nätet.

keywords =
    Nätet: internet, ett nät som binder ihop datorer i hela världen.
    Webbsida: en sida på nätet med text och bilder.
    Webbläsare: programmet som visar webbsidor.
    Adressfält: det långa fältet högst upp där du skriver en adress.
