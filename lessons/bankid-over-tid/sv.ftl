title = BankID över tid
summary = Du vet nu att BankID har ett sista datum och att du förnyar det innan det går ut. Då behöver du ett svenskt pass eller ett nationellt id-kort, och en mobil som kan läsa det. Byter du mobil, flyttar du BankID eller skaffar ett nytt i bankens app. Tappar du mobilen, ringer du banken direkt och spärrar BankID.

intro = Ditt BankID fungerar inte för alltid. Det har ett sista datum, precis som ett pass. Ofta gäller det i tre eller fem år. Det beror på din bank.

renew = En tid innan BankID går ut, säger appen till. Då är det dags att förnya. Att förnya betyder att du får ett nytt BankID som gäller längre. Gör det innan det gamla går ut. Då kan du använda det gamla för att få det nya. Du gör det i bankens app eller på bankens sida.

q-renew = BankID-appen säger: Ditt BankID går snart ut. Vad gör du?
q-renew-hint = Vad är lättast, före eller efter det sista datumet?
q-renew-a1 = Jag förnyar det i bankens app, innan det går ut.
q-renew-a1-fb = Ja, precis! Då kan du använda ditt gamla BankID för att få det nya.
q-renew-a2 = Jag väntar tills det slutar fungera.
q-renew-a2-fb = Inte riktigt. Då blir det krångligare. Förnya det innan det går ut.
q-renew-a3 = Jag trycker på länken i ett sms om BankID.
q-renew-a3-fb = Inte riktigt. Sms om BankID kan vara falska. Öppna själv bankens app i stället.

id-card = När du skaffar eller förnyar BankID, ska du visa vem du är. Då behöver du ett svenskt pass eller ett nationellt id-kort. Ett nationellt id-kort beställer du hos polisen. Ett körkort räcker inte. Du håller passet eller kortet mot mobilen. Mobilen läser då av det. Det kallas NFC, och det finns i de flesta nya mobiler. Reglerna kan ändras, så fråga din bank vad som gäller i dag.

q-id = Vad behöver du för att förnya BankID i mobilen?
q-id-hint = Mobilen ska kunna läsa av det. Det går inte med alla kort.
q-id-a1 = Mitt körkort
q-id-a1-fb = Inte riktigt. Mobilen kan inte läsa av ett körkort. Du behöver ett pass eller ett nationellt id-kort.
q-id-a2 = Ett svenskt pass eller ett nationellt id-kort
q-id-a2-fb = Ja, precis! Du håller det mot mobilen, så läser mobilen av det.
q-id-a3 = Ett foto av mitt bankkort
q-id-a3-fb = Inte riktigt. Ta aldrig foto av ditt kort åt någon. Du behöver ett pass eller ett nationellt id-kort.

new-phone = Har du en ny mobil? Då flyttar du ditt BankID till den, eller skaffar ett nytt. Det gör du i bankens app. Ofta använder du BankID i den gamla mobilen för det. Ha då båda mobilerna bredvid varandra. Ta bort BankID i den gamla mobilen först när det nya fungerar. Ska du sälja eller ge bort den gamla? Be banken spärra BankID i den.

lost = Har du tappat mobilen? Eller har någon stulit den? Spärra ditt BankID med en gång. Att spärra betyder att ingen kan använda det mer. Ring din bank. Numret står på ditt bankkort och på bankens sida på nätet. Ring sedan ditt telefonbolag. De kan stänga av ditt nummer i den mobilen.

q-lost = Din mobil är stulen. Vad gör du först?
q-lost-hint = Vem kan spärra ditt BankID?
q-lost-a1 = Jag väntar och ser om någon lämnar tillbaka den.
q-lost-a1-fb = Inte riktigt. Spärra först. Får du tillbaka mobilen, kan du skaffa ett nytt BankID.
q-lost-a2 = Jag ringer min bank och spärrar BankID.
q-lost-a2-fb = Ja, precis! Numret står på ditt bankkort. Ring sedan ditt telefonbolag.
q-lost-a3 = Jag skickar ett sms till min mobil.
q-lost-a3-fb = Inte riktigt. Det hjälper inte. Ring din bank och spärra BankID.

fake = Tjuvar skickar ibland sms eller e-post om att ditt BankID går ut. De vill att du trycker på en länk. Tryck inte. Öppna själv bankens app eller BankID-appen. Där ser du om du behöver förnya. Ringer någon om ditt BankID? Kom ihåg polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.

outro = Bra gjort! Förnya BankID innan det går ut. Tappar du mobilen, ring banken direkt. Skriv gärna upp bankens nummer hemma redan i dag. Har du blivit lurad? Ring din bank på numret på ditt kort. Anmäl sedan till polisen på 114 14. Är du i fara, ring 112. Ringer någon om ditt BankID? Lägg på. Logga inte in. Lita inte på den som ringer.

keywords =
    Förnya: få ett nytt BankID som gäller längre. Gör det innan det gamla går ut.
    Nationellt id-kort: ett id-kort som du beställer hos polisen.
    NFC: det som gör att mobilen kan läsa av ditt pass eller id-kort.
    Spärra: stänga av, så att ingen kan använda ditt BankID.
    Numret på kortet: bankens rätta nummer. Ring det om mobilen är borta.
