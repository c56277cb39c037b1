title = Uppdateringar
summary = Du vet nu att en uppdatering lagar fel och gör datorn säkrare. En riktig uppdatering kommer från datorn eller mobilen själv. Den kommer aldrig från en ruta på en webbsida. Säg ja när datorn själv frågar.

intro = Datorn och mobilen får ibland nya och bättre program. Det kallas en uppdatering. Den lagar fel och gör saker bättre.

why = Tjuvar på nätet letar efter fel i gamla program. Felen är som hål i ett staket. En uppdatering lagar hålen. Därför är det klokt att uppdatera.

real = En riktig uppdatering kommer från datorn själv. Den visar en lugn ruta i hörnet av skärmen. Du kan också hitta den under Inställningar. Den ber aldrig om pengar eller kortnummer.
real-alt = Till vänster en datorskärm med en liten ruta i hörnet: Uppdatering finns. Under den en grön bock: Från datorn. Till höger en röd ruta: Din dator är i fara! och en knapp: Uppdatera nu. Under den ett rött kryss: Från en sida.

fake = En falsk uppdatering dyker upp på en webbsida. Den kan blinka och varna: Din dator är i fara! Den vill att du klickar eller ringer ett nummer. Klicka inte. Stäng webbsidan.

q-fake = En webbsida säger: Uppdatera nu, annars förlorar du allt! Vad gör du?
q-fake-hint = Tänk på var en riktig uppdatering kommer ifrån.
q-fake-a1 = Jag klickar på Uppdatera.
q-fake-a1-fb = Rutan kommer från en webbsida, inte från datorn. Stäng sidan i stället.
q-fake-a2 = Jag klickar inte, och stänger sidan.
q-fake-a2-fb = Ja, precis! En riktig uppdatering kommer aldrig från en webbsida.
q-fake-a3 = Jag ringer numret som står där.
q-fake-a3-fb = Numret går till någon som vill lura dig. Stäng sidan i stället.

do-it = När datorn själv frågar om en uppdatering, säg gärna ja. Har datorn en laddare? Koppla in den först. Datorn kan behöva stänga av sig och starta igen. Det kallas att starta om. Det kan ta en stund, så ha tålamod.

windows = Till slut får en gammal dator inga fler uppdateringar. Det gäller Windows 10. Den 14 oktober 2025 slutade Microsoft att laga fel i den. Har din dator Windows 10? Fråga någon om hjälp. Kanske kan datorn få Windows 11, eller så behöver du en nyare dator.

q-where = Var kommer en riktig uppdatering ifrån?
q-where-hint = Tänk på bilden med en grön bock och ett rött kryss.
q-where-a1 = Från datorn själv, eller under Inställningar
q-where-a1-fb = Ja, precis! Den kommer från datorn eller mobilen själv.
q-where-a2 = Från en blinkande ruta på en webbsida
q-where-a2-fb = En sådan ruta är falsk. Den riktiga kommer från datorn själv.
q-where-a3 = Från någon som ringer mig
q-where-a3-fb = Ingen ringer för att uppdatera din dator. Den riktiga kommer från datorn själv.

outro = Bra gjort! Uppdateringar gör datorn säkrare. Ta emot dem när datorn själv frågar. Men aldrig från en ruta på en webbsida.

keywords =
    Uppdatering: ett nytt och bättre program. Den lagar fel.
    Inställningar: där du hittar datorns val och riktiga uppdateringar.
    Falsk uppdatering: en ruta på en webbsida som varnar och vill att du klickar.
