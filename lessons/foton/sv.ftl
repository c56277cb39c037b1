title = Foton i mobilen
summary = Du tar ett foto med appen Kamera. Du ser dina foton i appen Bilder. Du skickar ett foto med Dela, och väljer vem som ska få det. Du tar bort ett foto med papperskorgen. Tänk efter innan du delar, och läs vem som får fotot.

take = Mobilen har en kamera. Öppna appen Kamera. Håll mobilen stilla med båda händerna. Tryck sedan på den stora runda knappen. Nu har du tagit ett foto. Ett foto kallas också en bild.

look = Alla foton sparas i en app. Den heter ofta Bilder eller Galleri. Öppna den. Tryck på ett foto, så blir det stort. Dra med fingret åt sidan, så ser du nästa foto.

send = Vill du skicka ett foto? Öppna fotot. Tryck på Dela. Knappen ser ofta ut som en ruta med en pil. Välj sedan vem som ska få fotot. Det kan gå som sms eller e-post. Läs namnet innan du skickar.
send-alt = En mobil som visar ett foto på en blomma. Under fotot finns två knappar: Dela, en ruta med en pil, och Ta bort, en papperskorg.

delete = Blev ett foto suddigt? Öppna det och tryck på Ta bort. Knappen ser ofta ut som en papperskorg. I många mobiler ligger fotot kvar i en papperskorg en tid, ofta 30 dagar. Där kan du få tillbaka det om du ångrar dig. Papperskorgen kan också heta Nyligen raderade.

q1 = Du vill skicka ett foto till ditt barnbarn. Hur gör du?
q1-hint = Vilken knapp skickar fotot vidare?
q1-a1 = Jag öppnar fotot och trycker på Dela
q1-a1-fb = Ja, precis! Sedan väljer du ditt barnbarn och trycker på Skicka.
q1-a2 = Jag skriver namnet på fotot i ett sms
q1-a2-fb = Då följer bara namnet med, inte fotot. Öppna fotot och tryck på Dela.

think = Tänk efter innan du delar. Ett foto på nätet kan spridas till många. Det går inte att ta tillbaka. Visa inte för alla att du är bortrest. Då vet tjuvar att ingen är hemma. Dela aldrig ett foto på ditt kort, ditt pass eller dina koder. Fråga gärna först om det är okej att dela ett foto där andra syns.

q2 = Du ska resa bort i två veckor. Du har tagit ett foto på väskorna. Vad gör du med det?
q2-hint = Vem kan se ett foto som alla får se?
q2-a1 = Jag delar det med alla på nätet
q2-a1-fb = Då kan även tjuvar se att ingen är hemma. Dela med alla först när du är hemma igen.
q2-a2 = Jag skickar det bara till familjen
q2-a2-fb = Ja, precis! Då ser bara de som du har valt att du är bortrest.

q3 = Du råkade ta bort ett foto som du ville ha kvar. Vad kan du göra?
q3-hint = Var hamnar ett foto som du tar bort?
q3-a1 = Titta i papperskorgen i appen Bilder
q3-a1-fb = Ja, precis! Där ligger fotot kvar en tid. Tryck på det och välj att få tillbaka det.
q3-a2 = Ingenting, det är borta för alltid
q3-a2-fb = Oftast går det att få tillbaka. Titta i papperskorgen i appen Bilder. Be gärna någon om hjälp.

outro = Bra jobbat! Nu kan du ta, titta på, skicka och ta bort foton. Läs vem som får fotot innan du skickar. Tänk efter innan du delar något med alla.

keywords =
    Foto: en bild som du tar med mobilen.
    Dela: skicka något vidare till någon.
    Papperskorg: där ett borttaget foto ligger en tid.
    Suddig: när bilden inte är skarp.

# Övningen skicka-foto (scenarios/skicka-foto.toml)
skicka-foto-titel = Skicka ett foto till Lisa
skicka-foto-uppgift = Skicka fotot på blomman till din dotter Lisa. Ta sedan bort det suddiga fotot på solen. Inget händer på riktigt.
skicka-foto-tips = Tryck på ett foto för att öppna det. Vad ska du göra med det?
skicka-foto-att-skicka = Skicka blomman till Lisa.
skicka-foto-att-ta-bort = Ta bort det suddiga fotot på solen.
skicka-foto-slut = Du skickade blomman till Lisa och tog bort det suddiga fotot. Du läste namnet innan du skickade. Så skickar du bara till den du vill.
skicka-foto-app-rad = Bilder
skicka-foto-bilder-rubrik = Dina foton
skicka-foto-sol = Sol i kväll, suddig
skicka-foto-blomma = Blomman i trädgården
skicka-foto-stuga = Stugan i somras
skicka-foto-dela = Dela
skicka-foto-ta-bort = Ta bort
skicka-foto-tillbaka = Tillbaka
skicka-foto-avbryt = Avbryt
skicka-foto-behall-blomma-tips = Blomman vill du ha kvar. Du ska skicka den till Lisa.
skicka-foto-dela-rubrik = Vem ska få fotot?
skicka-foto-lisa-namn = Lisa Holm
skicka-foto-lisa-nummer = 070-174 06 12
skicka-foto-olle-namn = Olle Berg
skicka-foto-olle-nummer = 070-174 06 47
skicka-foto-lisa-tips = Läs namnet. Du ska skicka fotot till Lisa.
skicka-foto-alla = Dela med alla på nätet
skicka-foto-alla-titel = Du delade fotot med alla
skicka-foto-alla-text = Nu kunde vem som helst se fotot och spara det. Det går inte att ta tillbaka. Du ville bara att Lisa skulle få det. Läs vem som får fotot innan du skickar.
skicka-foto-skickat-rubrik = Skickat till Lisa Holm
skicka-foto-skickat-text = Lisa har fått fotot på blomman.
skicka-foto-till-bilderna = Tillbaka till dina foton
skicka-foto-suddig-tips = Det här fotot blev suddigt. Ta bort det i stället.
skicka-foto-fraga-rubrik = Vill du ta bort fotot?
skicka-foto-fraga-text = Fotot flyttas till papperskorgen. Där ligger det kvar i 30 dagar.
skicka-foto-stuga-tips = Stugan ska du inte göra något med nu. Gå tillbaka till dina foton.
