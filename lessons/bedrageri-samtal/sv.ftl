title = Bedrägeri i telefon
summary = Du vet nu att tjuvar ringer och låtsas vara banken eller polisen. Du kan polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer. Har du blivit lurad, ringer du din bank direkt och sedan polisen.

intro = Ett bedrägeri är när någon lurar dig på pengar. Det är vanligt att tjuvar ringer. De säger att de är från banken eller polisen. Ibland säger de att de är från vården. De låter ofta vänliga och trygga.

story = De kan säga att någon tar dina pengar just nu. Sedan ber de dig logga in med BankID för att stoppa det. Eller läsa upp en kod. Då är det alltid ett bedrägeri.

stress = Den som ringer vill att du ska bli stressad. Det ska gå fort, och du får inte lägga på. Det är ett säkert tecken på bedrägeri. En riktig bank ger dig alltid tid att tänka.

skarm = Det som står på skärmen när det ringer kan vara falskt. Tjuvar kan få det att se ut som att banken eller polisen ringer. Även numret kan se rätt ut. Lita därför inte på namnet eller numret.

hamta = Ibland vill tjuven komma hem till dig. Han säger att han ska hämta ditt kort, dina pengar eller dina smycken för att skydda dem. Polisen och banken gör aldrig så. Öppna inte dörren. Är du i fara, ring 112.

konto = Tjuven kan säga att dina pengar måste flyttas till ett säkert konto. Det finns inget sådant konto. Flytta aldrig pengar för att någon ringer. Tjuven kan också be dig hämta en app, så att han kan hjälpa dig. Då kan han styra din mobil eller dator och ta dina pengar. Hämta aldrig en app för att någon ringer och ber dig.

three = Polisen har tre enkla steg att följa när någon ringer om din bank eller ditt BankID. Lägg på. Logga inte in. Lita inte på den som ringer.
three-alt = En telefon där det står att Banken ringer, inom citattecken. På skärmen finns en röd knapp: Lägg på. Bredvid står Polisens råd: 1. Lägg på. 2. Logga inte in. 3. Lita inte på den som ringer.

q-call = Någon säger: Jag ringer från banken. Logga in med BankID nu! Vad gör du?
q-call-hint = Tänk på polisens första steg.
q-call-a1 = Jag loggar in, så att pengarna blir säkra.
q-call-a1-fb = Banken ber dig aldrig logga in i ett samtal. Lägg på.
q-call-a2 = Jag lägger på.
q-call-a2-fb = Ja, precis! Det är aldrig fel att lägga på.
q-call-a3 = Jag ger dem min kod i stället.
q-call-a3-fb = Din kod är bara din. Lägg på.

after = Har du lagt på? Bra. Vill du prata med banken, så ring själv. Använd numret på ditt bankkort.

tricked = Har du redan loggat in eller gett en kod? Ring din bank direkt. De kan spärra ditt kort och ditt BankID. Anmäl sedan till polisen på 114 14. Är du i fara, ring 112. Du kan också läsa mer på polisens sida på nätet, polisen.se.

q-steps = Vilka är polisens tre steg?
q-steps-hint = Det första steget handlar om att avsluta samtalet.
q-steps-a1 = Lyssna noga. Logga in. Gör som de säger.
q-steps-a1-fb = Det är vad tjuven vill. Polisen säger: Lägg på. Logga inte in. Lita inte på den som ringer.
q-steps-a2 = Lägg på. Logga inte in. Lita inte på den som ringer.
q-steps-a2-fb = Ja, precis! Tre korta steg som skyddar dig.
q-steps-a3 = Be dem ringa senare.
q-steps-a3-fb = Då ringer de igen. Polisen säger: Lägg på. Logga inte in. Lita inte på den som ringer.

q-first = Du har gett en kod till någon som ringde. Vem ringer du först?
q-first-hint = Vem kan spärra ditt kort och ditt BankID?
q-first-a1 = Min bank
q-first-a1-fb = Ja, precis! Banken kan spärra kort och BankID. Sedan anmäler du till polisen.
q-first-a2 = Den som ringde mig
q-first-a2-fb = Det var den som lurade dig. Ring din bank på numret på kortet.
q-first-a3 = Ingen, det är ändå för sent.
q-first-a3-fb = Det är inte för sent. Ring din bank direkt, så kan de spärra.

outro = Bra gjort! Kom ihåg: Lägg på. Logga inte in. Lita inte på den som ringer. Det är aldrig oartigt att lägga på.

keywords =
    Bedrägeri: när någon lurar dig på pengar.
    Polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.
    114 14: polisens nummer när det inte är bråttom.
    112: ring det när du är i fara.
# Övningen banken-ringer (scenarios/banken-ringer.toml)
banken-ringer-titel = Banken ringer
banken-ringer-uppgift = Din mobil ringer. Det står att det är banken. Vad gör du? Tryck på knapparna i mobilen. Inget händer på riktigt.
banken-ringer-tips = Tänk på polisens tre steg.
banken-ringer-slut = Du lade på. Det stod Banken på skärmen, men det kan vara falskt. Banken ringer aldrig och ber dig logga in. Är du orolig för dina pengar? Ring själv till banken. Använd numret på ditt kort.
banken-ringer-uppringare = Banken
banken-ringer-nummer = 070-174 06 05
banken-ringer-svara = Svara
banken-ringer-avvisa = Avvisa
banken-ringer-samtal-1 = – Hej, jag heter Anders och ringer från banken. Någon försöker ta 20 000 kronor från ditt konto! Logga in med ditt BankID nu, så stoppar vi det.
banken-ringer-logga-in = Logga in med BankID
banken-ringer-fraga = Fråga hur han vet det
banken-ringer-samtal-2 = – Vi ser det i vårt system. Det är bråttom! Vill du inte logga in? Då kan du säga din kod till mig i stället.
banken-ringer-saga-koden = Säg din kod
banken-ringer-lagg-pa = Lägg på
banken-ringer-lagt-pa-rubrik = Samtalet är slut
banken-ringer-lagt-pa-text = Du lade på. Vill du veta hur det är med ditt konto? Ring själv till banken, på numret på ditt kort.
banken-ringer-falla-titel = Du loggade in för att någon ringde
banken-ringer-falla-text = Om det här hade hänt på riktigt, hade tjuven kommit in på din bank nu. Då kan han ta dina pengar. Banken ringer aldrig och ber dig logga in. Kom ihåg polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.
banken-ringer-kod-titel = Du sa din kod
banken-ringer-kod-text = Om det här hade hänt på riktigt, kunde tjuven nu använda ditt BankID. Säg aldrig din kod till någon. Kom ihåg polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.
