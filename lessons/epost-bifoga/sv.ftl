title = Skicka med en bilaga
summary = En bilaga är en fil, till exempel ett foto, som följer med ett brev. Du ser den på ett gem. Du skickar med en fil med gemet eller Bifoga fil. Öppna bara bilagor som du väntade dig.

intro = Ibland vill du skicka ett foto med ett brev. Fotot kallas då en bilaga. Det är som att lägga ett foto i ett kuvert. En bilaga visas ofta med ett gem, den lilla klämman som håller ihop papper.
intro-alt = Ett brev och ett foto som hålls ihop av ett gem.

oppna = Har ett brev en bilaga? Då syns ett gem vid brevet i inkorgen. Öppna brevet. Där ser du bilagan, ofta med sitt namn. Klicka på den för att titta.

q1 = Hur ser du att ett brev har en bilaga?
q1-hint = Tänk på den lilla klämman som håller ihop papper.
q1-a1 = Brevet står i fet stil.
q1-a1-fb = Fet stil betyder att du inte har läst brevet än.
q1-a2 = Det finns ett gem vid brevet.
q1-a2-fb = Ja, precis! Gemet visar att något följer med brevet.
q1-a3 = Brevet har inget ämne.
q1-a3-fb = Ämnet säger inget om bilagor. Titta efter en liten bild vid brevet.

bifoga = Vill du skicka med ett foto? Skriv först ditt brev som vanligt. Klicka sedan på gemet eller på Bifoga fil. Välj fotot och klicka på Öppna. Nu syns fotot i brevet.
bifoga-alt = Ett brev med knappen Bifoga fil. Under texten syns en bilaga som heter foto.jpg.

kolla = Titta så att rätt foto kom med. Har du valt fel? Då kan du ta bort bilagan och välja igen. Klicka sedan på Skicka, som vanligt.

q2 = Du vill skicka ett foto till ditt barnbarn. Hur får du med det?
q2-hint = Leta efter samma lilla bild som visar en bilaga.
q2-a1 = Jag klickar på gemet eller på Bifoga fil.
q2-a1-fb = Ja, precis! Sedan väljer du fotot och klickar på Öppna.
q2-a2 = Jag skriver namnet på fotot i texten.
q2-a2-fb = Då följer bara namnet med, inte fotot.
q2-a3 = Jag håller upp fotot mot skärmen.
q2-a3-fb = Så kommer fotot inte in i datorn. Det måste finnas i datorn eller mobilen.

varning = Öppna bara bilagor som du väntade dig. En okänd bilaga kan skada din dator. Titta noga på vem som har skickat brevet. Känner du den som skickade? Ring och fråga om brevet är äkta.
varning-alt = Ett brev från en okänd avsändare med en bilaga. Ett rött kryss bredvid bilagan.

q3 = Du får ett brev från någon du inte känner. Det har en bilaga som du inte väntade dig. Vad gör du?
q3-hint = Tänk på regeln om bilagor som du inte väntade dig.
q3-a1 = Jag öppnar bilagan för att se vad det är.
q3-a1-fb = Det är just det som är farligt. Bilagan kan skada din dator.
q3-a2 = Jag låter bli att öppna bilagan.
q3-a2-fb = Ja, precis! Du kan ta bort brevet. Vet du inte vem det är från, så öppnar du inget.
q3-a3 = Jag skickar den vidare till en vän.
q3-a3-fb = Då kan din vän råka illa ut i stället. Bilagan kan skada datorn.

slut = Bra jobbat! Nu vet du vad en bilaga är. Du kan skicka med ett foto. Och du vet att du ska vara försiktig med bilagor som du inte väntade dig.

keywords =
    Bilaga: en fil, till exempel ett foto, som följer med ett brev.
    Gem: den lilla klämman som visar att ett brev har en bilaga.
    Bifoga fil: knappen som lägger en fil i brevet.

# Övningen: skicka en bild till Lisa (scenarios/skicka-bild.toml).
skicka-bild-titel = Skicka en bild
skicka-bild-uppgift = Skicka bilden på blomman till Lisa. Skriv några ord. Tryck på Bifoga fil och välj bilden. Titta så att rätt bild kom med. Tryck sedan på Skicka. Inget skickas på riktigt.
skicka-bild-tips = Tryck på Bifoga fil och välj bilden på blomman.
skicka-bild-slut = Du la bilden i brevet med Bifoga fil. Du såg att det var rätt bild. Sedan skickade du brevet till Lisa.
skicka-bild-adress = E-post
skicka-bild-skriv-rubrik = Nytt meddelande
skicka-bild-till = Till:
skicka-bild-lisa-hel = Lisa Ek, lisa.ek@post.example
skicka-bild-amne = Ämne: Blomman i trädgården
skicka-bild-meddelande = Skriv ditt brev här
skicka-bild-fil-sol = solnedgang.jpg
skicka-bild-fil-blomma = blomma.jpg
skicka-bild-fil-stuga = stugan.jpg
skicka-bild-bifoga = Bifoga fil
skicka-bild-ta-bort = Ta bort bilagan
skicka-bild-skicka = Skicka
skicka-bild-skicka-tips = Titta på två saker. Har du skrivit några ord? Är bilden på blomman med? Är det fel bild? Tryck på Ta bort bilagan och välj igen.
skicka-bild-bilder-rubrik = Dina bilder. Välj en bild.
skicka-bild-bild-sol = Solnedgång vid havet
skicka-bild-bild-blomma = Blomman i trädgården
skicka-bild-bild-stuga = Stugan i somras
skicka-bild-till-brevet = Till brevet
skicka-bild-skickat-rubrik = Skickat
skicka-bild-skickat-text = Ditt brev med bilden på blomman är på väg till Lisa.
