title = Skaffa BankID
summary = Du skaffar BankID hos din egen bank. I mobilen behöver du oftast pass eller id-kort. Du väljer en säkerhetskod med minst sex siffror. BankID gäller i några år och måste sedan förnyas. Koden är bara din, och ingen annan ska få veta den.

intro = Du skaffar BankID hos din egen bank. Det går ofta i bankens app eller på bankens sida på nätet. Du kan också gå till ett kontor. Varje bank gör lite olika. Fråga din bank hur du gör hos dem.

mobil = Du behöver en mobil som kan ha appar. Appen heter BankID. Banken visar dig steg för steg hur du gör. Be gärna någon du litar på att sitta bredvid dig.

id-kort = Skaffar du BankID i mobilen? Då behöver du oftast ett svenskt pass eller ett nationellt id-kort. Du håller kortet mot mobilen, och mobilen läser av det. Ett körkort räcker inte. Mobilen måste kunna läsa kort på det sättet. De flesta nya mobiler kan det. Fråga din bank om du är osäker.

q1 = Var skaffar du BankID?
q1-hint = Vem ger dig ditt BankID? Tänk på namnet.
q1-a1 = Hos min egen bank
q1-a1-fb = Ja, precis! Fråga din bank hur det går till hos dem.
q1-a2 = Hos någon som ringer och vill hjälpa mig
q1-a2-fb = Det kan vara en tjuv. Ingen ringer och erbjuder BankID på riktigt.
q1-a3 = I en affär som säljer mobiler
q1-a3-fb = Där kan du köpa en mobil. Men BankID får du någon annanstans.

kod = När du skaffar BankID väljer du en säkerhetskod. Koden har minst sex siffror. Du slår in den varje gång du loggar in eller skriver under.
kod-alt = En mobil med siffror att trycka på. Sex prickar visar koden. Texten säger: Minst 6 siffror.

valja = Välj en kod som du kan minnas. Men den ska vara svår för andra att gissa. Ta inte din födelsedag eller 123456. Skriv inte koden på en lapp i plånboken.

finger = Ofta kan du använda ditt finger eller ditt ansikte i stället för koden. Mobilen känner då igen dig. Det går snabbt. Men koden måste du ändå komma ihåg.

fornya = Ditt BankID gäller i några år. Sedan måste du förnya det. Banken säger till när det är dags. Du förnyar det ungefär som när du skaffade det, med pass eller id-kort. Byter du mobil, behöver du också skaffa BankID i den nya mobilen.

hemlig = Koden är bara din. Säg den aldrig till någon, inte ens till banken. Låt aldrig någon annan använda ditt BankID. Det gäller även någon som vill hjälpa dig.

q2 = Vem får veta din säkerhetskod?
q2-hint = Koden är hemlig. Hur många ska känna till den?
q2-a1 = Banken, om de ringer och frågar
q2-a1-fb = Banken frågar aldrig efter din kod. Den som ringer och frågar är en tjuv.
q2-a2 = Mina barn, om de hjälper mig
q2-a2-fb = De får gärna hjälpa dig. Men koden slår du alltid in själv.
q2-a3 = Bara jag
q2-a3-fb = Ja, precis! Koden är bara din. Säg den aldrig till någon.

regler = Använd aldrig BankID för att någon ber dig i telefon, sms eller e-post. Banken, polisen och Skatteverket ringer aldrig och ber dig logga in. Läs alltid vad appen säger. Har du inte själv startat det? Tryck på Avbryt.

undantag = Det finns ett undantag. Har du själv ringt din bank, på numret på ditt kort? Då kan banken be dig visa vem du är med BankID. Titta då att appen visar namnet på din bank. Men ringer någon dig och ber dig logga in? Lägg på.

slut = Bra jobbat! Nu vet du hur du skaffar BankID. Koden är bara din. Har du blivit lurad? Ring din bank med en gång, på numret på ditt kort.

keywords =
    App: ett program i mobilen. Appen för BankID heter BankID.
    Säkerhetskod: minst sex siffror som bara du vet.
    Finger eller ansikte: mobilen känner igen dig i stället för koden.
    Id-kort: ett kort från polisen som visar vem du är. Ett körkort räcker inte för BankID i mobilen.
    Förnya: skaffa BankID på nytt när det gamla slutar gälla.
