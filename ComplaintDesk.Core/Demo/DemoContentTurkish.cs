using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Demo;

/// <summary>
/// The demo desk in Turkish: a home-appliance and retail chain's complaints as its customers write them, its default
/// categories' Turkish names, and what its handlers write. One complainant tries HTML on purpose: it must show as text.
/// </summary>
internal static class DemoContentTurkish
{
    public static IReadOnlyDictionary<string, string> Categories { get; } = new Dictionary<string, string>
    {
        ["General"] = "Genel",
        ["Product quality"] = "Ürün kalitesi",
        ["Delivery"] = "Teslimat",
        ["Billing"] = "Fatura",
        ["Customer service"] = "Müşteri hizmetleri",
        ["Staff conduct"] = "Personel davranışı",
    };

    public static DemoPath.Texts Path { get; } = new(
        "Bize bildirdiğiniz için teşekkür ederiz. Şikâyetinizi kaydettik, en kısa sürede size dönüş yapacağız.",
        "Sipariş geçmişi ve ürün kayıtları incelendi.",
        "Ürün etiketinin ve fişinizin fotoğrafını gönderebilir misiniz?",
        "Ürünü ücretsiz olarak değiştirelim ve yaşattığımız sorun için özür dileyelim.",
        "Ürününüzü ücretsiz olarak değiştireceğiz; kurye iki iş günü içinde sizi arayacak.",
        "Değişimden memnunum ama biraz uzun sürdü.",
        "Tedarikçi kalitesi",
        "Şikâyetçi değişim değil, para iadesi istiyor.",
        "Şikâyetçi sorunu doğrudan mağazayla çözdü.");

    public static IReadOnlyList<DemoSample> Samples { get; } =
    [
        new("Deniz Arslan", "Çamaşır makinesi ÇM-700", "Ürün kalitesi", Channel.Web,
            "Makine iki hafta sonra sıkmayı bıraktı. Ekranda E21 hatası yazıyor ve kapak içindeki ıslak çamaşırlarla kilitli kaldı.",
            "Makinenin bu hafta içinde onarılması ya da değiştirilmesi."),
        new("Selin Koç", "Eve teslimat", "Teslimat", Channel.Phone,
            "Siparişim cumartesi sabahı İstanbul Ataşehir'deki adresime teslim edilecekti. Kimse gelmedi, kimse aramadı; takip sayfası hâlâ 'dağıtımda' diyor.",
            "Siparişin teslim edilmesi ve teslimat ücretinin iade edilmesi."),
        new("Burak Aydın", "Aylık fatura", "Fatura", Channel.Email,
            "Ekim ayı için iki kez ücret alındı (349,90 TL tutarında iki aynı satır). Tek bir aboneliğim var.",
            "Mükerrer tahsilatın iade edilmesi."),
        new("Ece Çelik", "Çağrı merkezi", "Müşteri hizmetleri", Channel.Phone,
            "48 dakika hatta bekledim, görüşme iki kez kesildi. Üçüncü temsilci yarın tekrar aramamı söyledi.",
            "Sorunumu çözebilecek birinin beni geri araması."),
        new("Murat Yıldız", "Kadıköy mağazası", "Personel davranışı", Channel.InPerson,
            "Fiş istediğimde kasiyer kaba davrandı ve mağaza müdürünü çağırmayı reddetti.",
            "Özür dilenmesi ve çalışana geri bildirim verilmesi."),
        new("Gizem Öz", "Mobil uygulama", "Genel", Channel.SocialMedia,
            "Son güncellemeden beri uygulama her açılışta oturumumu kapatıyor. Siparişlerimi göremiyorum.",
            "Uygulamanın düzeltilmesi."),
        new("Hakan Polat", "Buzdolabı BD-320", "Ürün kalitesi", Channel.Letter,
            "Dondurucu bölmesi birkaç günde buz tutuyor, soğutucu bölme ise ılık kalıyor. Yiyeceklerimiz iki kez bozuldu.",
            "Çalışan bir buzdolabıyla değiştirilmesi ve bozulan yiyeceklerin karşılanması."),
        new("Nazlı Erdem", "Hızlı kargo", "Teslimat", Channel.Web,
            "Ertesi gün teslimat için hızlı kargo ücreti ödedim, ama koli altı gün sonra ezilmiş bir kutuyla geldi.",
            "Hızlı kargo ücretinin iade edilmesi."),
        new("Ozan Kurt", "Sadakat puanları", "Fatura", Channel.Email,
            "Hesabımdaki 4.200 sadakat puanı hiçbir alışveriş yapmadan silinmiş.",
            "Puanların hesabıma geri yüklenmesi."),
        new("Pelin Şen", "Canlı destek", "Müşteri hizmetleri", Channel.Web,
            "Sohbet asistanı soruma yanıt vermeden görüşmeyi kapattı. Şunu yazmıştım: <b>lütfen yardım edin</b> <script>alert('merhaba')</script>",
            "Gerçek bir yanıt."),
        new("Kerem Aksoy", "Kurulum hizmeti", "Personel davranışı", Channel.Phone,
            "Kurulum ekibi eski cihazı apartman koridorunda bıraktı ve çıkarken kapı kasasına zarar verdi.",
            "Kapı kasasının onarılması ve eski cihazın alınması."),
        new("Yasemin Tekin", "Hediye kartı", "Genel", Channel.Letter,
            "Hediye olarak aldığım kart kasada 'daha önce kullanılmış' denilerek kabul edilmiyor.",
            "Aynı değerde, çalışan bir hediye kartı."),
    ];
}
