title = Falska affärer och falsk kärlek
summary = Du vet nu att tjuvar lockar med snabba pengar eller med kärlek. De bygger upp ett förtroende, och sedan vill de ha pengar. Du skickar aldrig pengar till någon du bara känner från nätet. Du hämtar aldrig en app för att någon ber dig. Du frågar din bank och någon du litar på.

intro = Två vanliga bedrägerier tar lång tid. Tjuven blir din vän i veckor eller månader. Sedan vill tjuven ha pengar. Det ena handlar om att få pengar att växa. Det andra handlar om kärlek.

invest = Du ser en annons på nätet. I annonsen berättar en känd person om ett nytt sätt att bli rik. Du behöver bara sätta in lite pengar. Men annonsen är falsk. Den kända personen vet inget om den. Sedan ringer en säljare som är vänlig och låter kunnig.

invest-more = Säljaren visar hur dina pengar växer. Men siffrorna är påhittade. Snart vill säljaren att du sätter in mer. Ofta ska du hämta en app, så att säljaren kan hjälpa dig. Med appen kan tjuven se och styra din mobil eller dator. Pengarna får du aldrig tillbaka.

q-invest = En vänlig man ringer. Han vet ett säkert sätt att få dina pengar att växa fort. Han vill att du hämtar en app, så kan han hjälpa dig. Vad gör du?
q-invest-hint = Vem ska få styra din mobil?
q-invest-a1 = Jag hämtar appen. Han verkar kunnig.
q-invest-a1-fb = Med appen kan han styra din mobil och ta dina pengar. Lägg på.
q-invest-a2 = Jag lägger på och frågar min bank.
q-invest-a2-fb = Ja, precis! Snabba och säkra pengar finns inte. Fråga din bank om du vill spara.
q-invest-a3 = Jag sätter in lite pengar först, för att prova.
q-invest-a3-fb = Tjuven visar påhittade vinster, och sedan vill han ha mer. Lägg på.

love = Falsk kärlek börjar ofta på nätet. Någon skriver till dig och är varm och snäll. Ni skriver varje dag. Men ni kan aldrig ses. Personen bor långt bort, eller jobbar på ett fartyg. Personen vill heller aldrig synas i ett videosamtal.

love-money = Efter en tid händer något. Personen behöver pengar till en biljett, till en läkare eller till tullen. Snart behöver hen mer. Skicka aldrig pengar till någon som du bara känner från nätet. Det gäller även om du tycker om personen.

q-love = Du har skrivit med Tom i tre månader. Ni har aldrig setts. Nu behöver han pengar till en biljett för att träffa dig. Vad gör du?
q-love-hint = Har ni träffats på riktigt?
q-love-a1 = Jag skickar pengarna. Vi tycker ju om varandra.
q-love-a1-fb = Den som bara finns på nätet och ber om pengar är nästan alltid en tjuv. Prata med någon du litar på.
q-love-a2 = Jag skickar halva summan nu.
q-love-a2-fb = Då kommer han att be om mer. Skicka inga pengar.
q-love-a3 = Jag skickar inga pengar. Jag pratar med någon jag litar på.
q-love-a3-fb = Ja, precis! Skicka aldrig pengar till någon du bara känner från nätet.

signs = Så känner du igen knepen. Någon lovar att du blir rik fort. Någon säger att det är helt utan risk. Det är bråttom, eller så ska det vara hemligt. Någon vill styra din mobil eller dator. Någon som du aldrig har träffat ber om pengar.

help = Det är inte pinsamt att bli lurad. Tjuvarna är skickliga, och det kan hända vem som helst. Berätta för någon du litar på. Har du skickat pengar? Ring din bank direkt, på numret på ditt kort. Anmäl sedan till polisen på 114 14. Är du i fara, ring 112.

q-back = Du har blivit lurad. Nu ringer någon och säger: Vi kan få tillbaka dina pengar. Det kostar bara en liten avgift. Vad gör du?
q-back-hint = Vem ringer till den som just har blivit lurad?
q-back-a1 = Jag betalar avgiften, så får jag tillbaka allt.
q-back-a1-fb = Det är ofta samma tjuvar som ringer igen. Lägg på och prata med din bank och polisen.
q-back-a2 = Jag lägger på. Det är också ett knep.
q-back-a2-fb = Ja, precis! Ingen riktig hjälp tar betalt för att få tillbaka stulna pengar. Prata med din bank och polisen.

outro = Bra gjort! Skicka aldrig pengar till någon du bara känner från nätet. Låt ingen styra din mobil. Kom ihåg polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.

keywords =
    Investera: sätta in pengar så att de ska växa.
    Falsk annons: en annons där en känd person sägs tjäna pengar. Den är påhittad.
    App för att styra: en app som låter någon annan styra din mobil eller dator.
    Falsk kärlek: någon på nätet som låtsas vara kär för att få pengar.
    Polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.
# Övningen ny-van (scenarios/ny-van.toml)
ny-van-titel = En vän från nätet
ny-van-uppgift = Du har skrivit med Tom i några veckor. Ni har aldrig träffats. Nu har han skickat ett nytt sms. Läs det och välj vad du gör. Tryck på knapparna i mobilen. Inget händer på riktigt.
ny-van-tips = Skicka inga pengar. Prata med någon du litar på.
ny-van-slut = Du skickade inga pengar, och du svarade inte. Du frågade Lisa, som du litar på. Så gör du på riktigt också. Skicka aldrig pengar till någon som du bara känner från nätet.
ny-van-meddelanden = Meddelanden
ny-van-samtal = Telefon
ny-van-tom-namn = Tom
ny-van-tom-kort = Hej min vän! Nu ska du få höra…
ny-van-tom-text = Hej min vän! Nu ska du få höra. Jag har hittat ett säkert sätt att få pengar att växa. Jag har tjänat 40 000 kr på en vecka! Sätt in 5 000 kr i dag, så hjälper jag dig. Men säg inget till någon. Det är vår hemlighet.
ny-van-tom-lank = vinst-snabbt.example
ny-van-satt-in = Sätt in 5 000 kr
ny-van-svara = Svara: Hur mycket kan jag tjäna?
ny-van-svara-tips = Svara inte på frågor om pengar. Prata först med någon du litar på.
ny-van-ring-lisa = Ring Lisa och fråga vad hon tycker
ny-van-lisa-namn = Lisa
ny-van-lisa-gammalt = Vi kommer på söndag. Kram!
ny-van-lisa-svar = – Bra att du ringde, mamma! Snabba pengar och en hemlighet. Det låter som ett knep. Skicka inga pengar, och svara inte Tom.
ny-van-till-alla = Till alla sms
ny-van-lagg-pa = Lägg på
ny-van-efter-text = Lisa har rätt. Svara inte Tom. Ta bort hans sms.
ny-van-ta-bort = Ta bort sms:et
ny-van-klar-text = Sms:et från Tom är borta.
ny-van-satte-in-titel = Du satte in pengar
ny-van-satte-in-text = Om det här hade hänt på riktigt, hade pengarna gått till en tjuv. Vinsterna som Tom berättar om är påhittade. Snart hade han velat ha mer. Skicka aldrig pengar till någon som du bara känner från nätet.
ny-van-lank-titel = Du tryckte på länken
ny-van-lank-text = Om det här hade hänt på riktigt, hade du kommit till en falsk sida. Där ser pengarna ut att växa, men siffrorna är påhittade. Tryck inte på länken. Prata med någon du litar på.
