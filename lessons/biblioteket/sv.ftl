title = Biblioteket på nätet
summary = På bibliotekets webbplats kan du söka efter böcker i katalogen. Du loggar in med lånekort och pinkod, eller med BankID. Då kan du låna om och reservera böcker. Du kan också låna e-böcker gratis.

search = Biblioteket har en webbplats. Där kan du söka efter böcker. Listan över alla böcker kallas katalog. Skriv en titel eller ett namn i sökrutan. Då ser du om boken finns inne.
search-alt = En ruta där det står Sök bok. Under den finns en bok och orden Finns inne, med en grön bock.

login = Vill du se dina lån? Då loggar du in. Du använder ditt lånekort och en pinkod. En pinkod är en kod med siffror. Du får den på biblioteket. På många bibliotek går det också med BankID.

renew = När du har loggat in ser du dina lån. Där står när varje bok ska lämnas tillbaka. Vill du läsa längre? Tryck på Låna om. Det går inte om någon annan väntar på boken.
renew-alt = En bok och en skärm. Där står Lämnas 12 maj och knappen Låna om.

reserve = Är boken utlånad? Då kan du reservera den. Det betyder att du ställer dig i kö. Du får ett besked när boken väntar på dig.

ebooks = En e-bok är en bok som du läser på en skärm. Det finns också ljudböcker, som du lyssnar på. Du lånar dem gratis med ditt lånekort. Fråga på biblioteket vilken app de använder.

q1 = Boken ska lämnas tillbaka i morgon. Du vill läsa klart. Vad kan du göra?
q1-hint = Tänk på vad du kan göra när du har loggat in.
q1-a1 = Logga in och trycka på Låna om
q1-a1-fb = Ja, precis! Då får du ha boken längre, om ingen väntar på den.
q1-a2 = Inget, boken måste tillbaka i morgon
q1-a2-fb = Du kan ofta få ha boken längre. Det ordnar du på bibliotekets webbplats.

q2 = Vad behöver du för att låna en e-bok?
q2-hint = Tänk på hur du loggar in på biblioteket.
q2-a1 = Ett kort att betala med
q2-a1-fb = E-böcker på biblioteket är gratis. Du behöver inte betala något.
q2-a2 = Lånekort och pinkod, eller BankID
q2-a2-fb = Ja, precis! Be gärna på biblioteket om hjälp att komma i gång.

q3 = Vad betyder det att reservera en bok?
q3-hint = Tänk på vad du gör när boken redan är utlånad.
q3-a1 = Att ställa sig i kö för boken
q3-a1-fb = Ja, precis! Du får ett besked när boken väntar på dig.
q3-a2 = Att köpa boken
q3-a2-fb = Böcker på biblioteket köper du inte. Du lånar dem gratis.

outro = Bra gjort! Nu vet du hur du söker, lånar om och reserverar böcker. Och du vet att e-böcker finns att låna.

keywords =
    Katalog: listan över alla böcker på biblioteket.
    Pinkod: en kod med siffror som du får på biblioteket.
    Låna om: låna en bok längre.
    Reservera: ställa dig i kö för en bok.
    E-bok: en bok som du läser på en skärm.

# Övningen lana-om (scenarios/lana-om.toml)
lana-om-titel = Låna om dina böcker
lana-om-uppgift = Dina böcker ska lämnas tillbaka snart. Logga in på bibliotekets sida. Låna om de böcker som går. Övningskoden står på lappen. Den är inte en riktig kod. Din riktiga pinkod skriver du aldrig ner. Inget händer på riktigt.
lana-om-tips = Läs vad som står på sidan. Vad ska du göra nu?
lana-om-slut = Du lånade om två böcker. Den tredje gick inte, för någon annan väntar på den. Lämna tillbaka den i tid.
lana-om-lapp = Övningskod: 2468
lana-om-adress = biblioteket.example
lana-om-start-rubrik = Biblioteket
lana-om-start-text = Sök bland våra böcker. Eller logga in och se dina lån.
lana-om-logga-in = Logga in
lana-om-sok = Sök i katalogen
lana-om-sok-tips = Du ska se dina lån. Då loggar du in först.
lana-om-login-rubrik = Logga in med lånekort
lana-om-login-text = Ditt lånekort är redan ifyllt. Skriv din pinkod.
lana-om-kod-tips = Pinkoden var inte rätt. Titta på lappen. Skriv alla fyra siffror. Tryck sedan på Logga in.
lana-om-lan-rubrik = Mina lån
lana-om-bok-1 = Sommaren vid sjön. Lämnas senast 3 april.
lana-om-bok-1-klar = Sommaren vid sjön. Omlånad! Lämnas senast 1 maj.
lana-om-lana-om-1 = Låna om Sommaren vid sjön
lana-om-bok-2 = Svampar i skogen. Lämnas senast 3 april.
lana-om-bok-2-klar = Svampar i skogen. Omlånad! Lämnas senast 1 maj.
lana-om-lana-om-2 = Låna om Svampar i skogen
lana-om-bok-3 = Resan till Gotland. Lämnas senast 3 april. Någon väntar på boken.
lana-om-lana-om-3 = Låna om Resan till Gotland
lana-om-ko-tips = Någon annan väntar på den boken. Den går inte att låna om. Låna om de andra två.
