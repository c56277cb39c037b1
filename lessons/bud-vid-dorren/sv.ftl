title = Bud vid dörren
summary = Du vet nu att polisen och banken aldrig hämtar kort, koder, pengar eller smycken hemma hos dig. Numret på skärmen kan vara falskt. Det finns inget säkert konto. Du hämtar aldrig en app för att någon ber dig i telefon. Lägg på och ring själv. Står någon vid dörren och du blir orolig, ring 112.

intro = En del tjuvar kommer hem till dig. Först ringer de och säger att de är polisen eller banken. Sedan kommer ett bud till din dörr. Ett bud är någon som hämtar eller lämnar något. Budet vill ha ditt kort, dina koder eller dina smycken.

display = Numret på skärmen kan vara falskt. Det kan stå Polisen eller 114 14, fast det är en tjuv som ringer. Lita därför inte på numret. Lägg på, och ring själv.

never = Polisen hämtar aldrig kort, koder, pengar eller smycken hemma hos dig. Banken gör det inte heller. Släpp bara in folk som du känner. Blir du orolig? Stäng dörren och ring 112.
never-alt = En stängd ytterdörr med ett rött kryss. Bredvid står: Polisen och banken hämtar aldrig kort, koder eller smycken. Öppna inte för budet. Ring 112.

q-door = Någon ringer och säger att hon är polis. En kollega kommer snart och hämtar ditt bankkort. Vad gör du?
q-door-hint = Vad gör polisen aldrig?
q-door-a1 = Jag lägger kortet i ett kuvert, så att det är klart.
q-door-a1-fb = Polisen hämtar aldrig kort hemma hos dig. Lägg på och ring polisen själv.
q-door-a2 = Jag lägger på och ringer polisen själv på 114 14.
q-door-a2-fb = Ja, precis! Då vet du att det är den riktiga polisen du pratar med.
q-door-a3 = Jag ger budet kortet, men inte koden.
q-door-a3-fb = Med bara kortet kan tjuven handla för dina pengar. Lägg på och ring polisen själv.

safe-account = Tjuven kan också säga att dina pengar är i fara. Du ska flytta dem till ett säkert konto. Men det är tjuvens konto. Pengarna försvinner. En riktig bank ber dig aldrig flytta pengar i ett samtal.

remote = Ibland vill tjuven att du hämtar en app. Tjuven säger att det är för att hjälpa dig. Men appen låter tjuven se och styra din mobil eller dator. Hämta aldrig en app för att någon ber dig i telefon.

q-safe = Någon från banken ringer. Du ska flytta dina pengar till ett säkert konto. Vad gör du?
q-safe-hint = Vem ringer du när du vill prata med banken?
q-safe-a1 = Jag lägger på och ringer banken på numret på mitt kort.
q-safe-a1-fb = Ja, precis! Ett säkert konto är alltid ett knep. Ring banken själv.
q-safe-a2 = Jag flyttar pengarna.
q-safe-a2-fb = Det säkra kontot är tjuvens konto. Lägg på och ring banken själv.
q-safe-a3 = Jag hämtar appen de säger, så att de kan hjälpa mig.
q-safe-a3-fb = Med appen kan tjuven styra din mobil. Lägg på och ring banken själv.

help = Har du redan gett bort kort eller koder? Ring din bank direkt. Numret finns på bankens sida på nätet, och på papper från banken. Då kan banken spärra. Ring sedan polisen på 114 14. Är tjuven kvar, eller är du i fara? Ring 112.

outro = Bra gjort! Polisen och banken hämtar aldrig något hemma hos dig. Kom ihåg polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.

keywords =
    Bud: någon som hämtar eller lämnar något.
    Falskt nummer: tjuven kan få det att stå Polisen eller Banken på skärmen.
    Säkert konto: ett knep. Pengarna går till tjuven.
    App för att styra: en app som låter någon annan styra din mobil eller dator.
    114 14: polisens nummer när det inte är bråttom.
    112: ring det när du är i fara.
# Övningen polisen-ringer (scenarios/polisen-ringer.toml)
polisen-ringer-titel = Polisen ringer
polisen-ringer-uppgift = Din mobil ringer. På skärmen står det Polisen. Ta reda på om det verkligen är polisen, och skydda dig. Tryck på knapparna i mobilen. Inget händer på riktigt.
polisen-ringer-tips = Tänk på polisens tre steg. Och ring själv.
polisen-ringer-slut = Du lade på och ringde polisen själv. Du öppnade inte för budet, och du ringde 112. Polisen och banken hämtar aldrig något hemma hos dig.
polisen-ringer-samtal = Telefon
polisen-ringer-hem = Hemma
polisen-ringer-uppringare = Polisen
polisen-ringer-falskt-nummer = 114 14
polisen-ringer-svara = Svara
polisen-ringer-avvisa = Avvisa
polisen-ringer-samtal-1 = – Hej, jag heter Eva och är polis. Vi har tagit fast några tjuvar. De har ditt kortnummer. En kollega kommer hem till dig i dag. Han hämtar ditt bankkort och dina smycken, så att de är säkra hos oss.
polisen-ringer-saga-ja = Säg ja och ge din adress
polisen-ringer-fraga = Fråga vad kollegan heter
polisen-ringer-samtal-2 = – Han heter Peter. Han kommer om en timme. Säg inget till din bank, de kan hjälpa tjuvarna. Lägg inte på!
polisen-ringer-lagg-pa = Lägg på
polisen-ringer-lagt-pa-rubrik = Samtalet är slut
polisen-ringer-lagt-pa-text = Vill du veta om det verkligen var polisen? Ring själv.
polisen-ringer-ring-tillbaka = Ring tillbaka numret som ringde
polisen-ringer-ring-tillbaka-tips = Ring inte tillbaka det numret. Slå själv ett nummer som du vet är rätt: 114 14.
polisen-ringer-ring-114 = Slå 114 14 själv
polisen-ringer-polisen-namn = Polisen
polisen-ringer-polisen-nummer = 114 14
polisen-ringer-polisen-svar = – Polisen, hej. Bra att du lade på! Vi hämtar aldrig kort eller smycken hemma hos någon. Öppna inte för budet. Kommer han, ring 112.
polisen-ringer-dorren-rubrik = Det ringer på dörren
polisen-ringer-dorren-text = En man ropar genom dörren: Det är Peter från polisen. Jag ska hämta ditt kort!
polisen-ringer-oppna = Öppna dörren
polisen-ringer-ring-112 = Låt dörren vara stängd. Ring 112
polisen-ringer-larm-namn = 112
polisen-ringer-larm-nummer = 112
polisen-ringer-larm-svar = – 112, vad har hänt? Bra att du inte öppnade. Polisen är på väg.
polisen-ringer-ja-titel = Du sa ja till budet
polisen-ringer-ja-text = Om det här hade hänt på riktigt, hade en tjuv kommit hem till dig. Han hade tagit ditt kort och dina smycken. Polisen hämtar aldrig sådant. Lägg på, och ring polisen själv.
polisen-ringer-oppna-titel = Du öppnade dörren
polisen-ringer-oppna-text = Om det här hade hänt på riktigt, hade en tjuv stått i din dörr. Släpp bara in folk som du känner. Låt dörren vara stängd och ring 112.
