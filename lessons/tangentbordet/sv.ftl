title = Tangentbordet
summary = Du känner nu till de viktigaste tangenterna. Du kan skriva stora bokstäver med skift och sudda med suddtangenten. Du vet vad Enter och mellanslag gör. Du vet också hur du skriver snabel-a.

intro = Tangentbordet har många knappar. En sådan knapp kallas tangent. På bilden ser du de tangenter vi lär oss i dag.
intro-alt = Bilden visar sex tangenter. Överst: sudda med en pil åt vänster, Enter med en böjd pil och skift med en tjock pil uppåt. Under: den långa tangenten mellanslag, och AltGr plus 2, som ger snabel-a.

letters = De flesta tangenter har en bokstav eller en siffra. Tryck kort på tangenten och släpp. Håller du inne den, kommer samma bokstav många gånger. Bokstäverna står inte i samma ordning som i alfabetet.

space = Den långa tangenten längst ner heter mellanslag. Den gör ett tomrum mellan två ord. Tryck på den med tummen.

shift = Vill du skriva en stor bokstav? Håll inne skift och tryck på bokstaven. Skift kallas också shift. Den har en tjock pil som pekar uppåt. Den finns på båda sidor av tangentbordet.

erase = Har du skrivit fel? Då suddar du med suddtangenten. Den sitter högt upp till höger och har en pil åt vänster. Ibland står det Backspace på den. Varje tryck tar bort en bokstav.

enter = Enter är en stor tangent till höger. Den har en böjd pil. Med Enter säger du till datorn: Nu är jag klar. I en text gör Enter en ny rad.

q-erase = Du har skrivit fel bokstav. Vilken tangent tar bort den?
q-erase-hint = Gå gärna tillbaka och läs steget om att skriva fel.
q-erase-a1 = Enter
q-erase-a1-fb = Enter säger att du är klar. Det är suddtangenten som tar bort.
q-erase-a2 = Suddtangenten, med pilen åt vänster
q-erase-a2-fb = Ja, precis! Varje tryck suddar en bokstav.
q-erase-a3 = Mellanslag
q-erase-a3-fb = Mellanslag gör ett tomrum. Det är suddtangenten som tar bort.

at = I e-post behöver du tecknet @. Det kallas snabel-a. På de flesta datorer håller du inne AltGr och trycker på 2. AltGr sitter till höger om mellanslag. På en Mac håller du inne alt och trycker på 2. Fungerar det inte? Fråga en handledare.

q-capital = Hur skriver du en stor bokstav?
q-capital-hint = En tangent gör bokstaven stor. Den finns på båda sidor.
q-capital-a1 = Jag håller inne skift och trycker på bokstaven.
q-capital-a1-fb = Ja, precis! Skift gör bokstaven stor.
q-capital-a2 = Jag trycker på Enter först.
q-capital-a2-fb = Enter gör en ny rad. Håll inne skift i stället.
q-capital-a3 = Jag håller inne bokstaven länge.
q-capital-a3-fb = Då kommer samma lilla bokstav många gånger. Håll inne skift i stället.

outro = Bra gjort! Nu kan du de viktigaste tangenterna. Öva gärna genom att skriva ditt namn.

keywords =
    Tangent: en knapp på tangentbordet.
    Mellanslag: den långa tangenten som gör ett tomrum mellan ord.
    Skift: håll inne den för att skriva en stor bokstav.
    Suddtangent: tar bort en bokstav i taget.
    Enter: säger till datorn att du är klar, eller gör en ny rad.
    Snabel-a: tecknet @. Du skriver det med AltGr och 2.
