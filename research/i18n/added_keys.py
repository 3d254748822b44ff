import json
order="en es ko ja id zh vi hi ru ar fa fr pt th tr".split()
T={
"article_passage":{"en": "What the article says", "es": "Lo que dice el artículo", "ko": "글에서의 설명", "ja": "記事の記述", "id": "Menurut artikel", "zh": "文章原文", "vi": "Bài viết nói gì", "hi": "लेख क्या कहता है", "ru": "Что говорит статья", "ar": "ما يقوله المقال", "fa": "آنچه مقاله می گوید", "fr": "Ce que dit l’article", "pt": "O que diz o artigo", "th": "บทความกล่าวว่า", "tr": "Makale ne diyor"},
"link_docs":{"en": "Docs", "es": "Documentación", "ko": "문서", "ja": "ドキュメント", "id": "Dokumentasi", "zh": "文档", "vi": "Tài liệu", "hi": "दस्तावेज़", "ru": "Документация", "ar": "التوثيق", "fa": "مستندات", "fr": "Documentation", "pt": "Documentação", "th": "เอกสาร", "tr": "Belgeler"},
"link_repository":{"en": "Source code", "es": "Código fuente", "ko": "소스 코드", "ja": "ソースコード", "id": "Kode sumber", "zh": "源代码", "vi": "Mã nguồn", "hi": "सोर्स कोड", "ru": "Исходный код", "ar": "الشيفرة المصدرية", "fa": "کد منبع", "fr": "Code source", "pt": "Código-fonte", "th": "ซอร์สโค้ด", "tr": "Kaynak kodu"},
"link_whitepaper":{"en": "Whitepaper", "es": "Documento técnico", "ko": "백서", "ja": "ホワイトペーパー", "id": "Whitepaper", "zh": "白皮书", "vi": "Sách trắng", "hi": "श्वेतपत्र", "ru": "Whitepaper", "ar": "الورقة البيضاء", "fa": "وایت پیپر", "fr": "Livre blanc", "pt": "Whitepaper", "th": "เอกสารไวท์เปเปอร์", "tr": "Teknik doküman"},
"link_blog":{"en": "Blog", "es": "Blog", "ko": "블로그", "ja": "ブログ", "id": "Blog", "zh": "博客", "vi": "Blog", "hi": "ब्लॉग", "ru": "Блог", "ar": "المدونة", "fa": "وبلاگ", "fr": "Blog", "pt": "Blog", "th": "บล็อก", "tr": "Blog"},
"contracts":{"en":"Contracts","es":"Contratos","ko":"컨트랙트","ja":"コントラクト","id":"Kontrak","zh":"合约","vi":"Hợp đồng","hi":"कॉन्ट्रैक्ट","ru":"Контракты","ar":"العقود","fa":"قراردادها","fr":"Contrats","pt":"Contratos","th":"สัญญา","tr":"Sözleşmeler"},
"summary":{"en":"Summary","es":"Resumen","ko":"요약","ja":"概要","id":"Ringkasan","zh":"摘要","vi":"Tóm tắt","hi":"सारांश","ru":"Описание","ar":"الملخص","fa":"خلاصه","fr":"Résumé","pt":"Resumo","th":"สรุป","tr":"Özet"},
"chain_not_stated":{"en":"Not stated","es":"No indicada","ko":"명시되지 않음","ja":"記載なし","id":"Tidak disebutkan","zh":"未说明","vi":"Không nêu","hi":"उल्लेख नहीं","ru":"Не указан","ar":"غير مذكورة","fa":"ذکر نشده","fr":"Non indiquée","pt":"Não indicada","th":"ไม่ได้ระบุ","tr":"Belirtilmemiş"},
"projects_heading":{"en":"Projects","es":"Proyectos","ko":"프로젝트","ja":"プロジェクト","id":"Proyek","zh":"项目","vi":"Dự án","hi":"प्रोजेक्ट","ru":"Проекты","ar":"المشاريع","fa":"پروژه ها","fr":"Projets","pt":"Projetos","th":"โครงการ","tr":"Projeler"},
"copy_address":{"en":"Copy address","es":"Copiar dirección","ko":"주소 복사","ja":"アドレスをコピー","id":"Salin alamat","zh":"复制地址","vi":"Sao chép địa chỉ","hi":"पता कॉपी करें","ru":"Скопировать адрес","ar":"نسخ العنوان","fa":"کپی نشانی","fr":"Copier l’adresse","pt":"Copiar endereço","th":"คัดลอกที่อยู่","tr":"Adresi kopyala"},
"address_copied":{"en":"Address copied","es":"Dirección copiada","ko":"주소를 복사했습니다","ja":"アドレスをコピーしました","id":"Alamat disalin","zh":"地址已复制","vi":"Đã sao chép địa chỉ","hi":"पता कॉपी हो गया","ru":"Адрес скопирован","ar":"تم نسخ العنوان","fa":"نشانی کپی شد","fr":"Adresse copiée","pt":"Endereço copiado","th":"คัดลอกที่อยู่แล้ว","tr":"Adres kopyalandı"},
"copy_failed":{"en":"Could not copy","es":"No se pudo copiar","ko":"복사하지 못했습니다","ja":"コピーできませんでした","id":"Tidak dapat menyalin","zh":"无法复制","vi":"Không thể sao chép","hi":"कॉपी नहीं हो सका","ru":"Не удалось скопировать","ar":"تعذّر النسخ","fa":"کپی نشد","fr":"Copie impossible","pt":"Não foi possível copiar","th":"คัดลอกไม่ได้","tr":"Kopyalanamadı"},
"copy_short":{"en":"Copy","es":"Copiar","ko":"복사","ja":"コピー","id":"Salin","zh":"复制","vi":"Sao chép","hi":"कॉपी","ru":"Копировать","ar":"نسخ","fa":"کپی","fr":"Copier","pt":"Copiar","th":"คัดลอก","tr":"Kopyala"},
"copied_short":{"en":"✓ Copied","es":"✓ Copiada","ko":"✓ 복사됨","ja":"✓ コピー済み","id":"✓ Disalin","zh":"✓ 已复制","vi":"✓ Đã sao chép","hi":"✓ कॉपी हुआ","ru":"✓ Скопировано","ar":"✓ نُسخ","fa":"✓ کپی شد","fr":"✓ Copiée","pt":"✓ Copiado","th":"✓ คัดลอกแล้ว","tr":"✓ Kopyalandı"},
"unstated_for_all":{"en":"Not stated for any of them: ","es":"No indicado para ninguno: ","ko":"어느 프로젝트에도 명시되지 않음: ","ja":"どのプロジェクトにも記載なし：","id":"Tidak disebutkan untuk proyek mana pun: ","zh":"均未说明：","vi":"Không dự án nào nêu: ","hi":"किसी के लिए भी उल्लेख नहीं: ","ru":"Не указано ни для одного: ","ar":"غير مذكور لأيٍّ منها: ","fa":"برای هیچ کدام ذکر نشده: ","fr":"Non indiqué pour aucun : ","pt":"Não indicado para nenhum: ","th":"ไม่ได้ระบุสำหรับโครงการใดเลย: ","tr":"Hiçbiri için belirtilmemiş: "},
}
P={
"show_more":{"en":{"one":"Show more ({{ count, number }} remaining)","other":"Show more ({{ count, number }} remaining)"},
 "es":{"one":"Mostrar más (queda {{ count, number }})","other":"Mostrar más ({{ count, number }} restantes)"},
 "ko":{"other":"더 보기 ({{ count, number }}개 남음)"},
 "ja":{"other":"さらに表示（残り{{ count, number }}件）"},
 "id":{"other":"Tampilkan lebih banyak ({{ count, number }} tersisa)"},
 "zh":{"other":"显示更多（还有 {{ count, number }} 个）"},
 "vi":{"other":"Xem thêm (còn {{ count, number }})"},
 "hi":{"one":"और दिखाएँ ({{ count, number }} बाकी)","other":"और दिखाएँ ({{ count, number }} बाकी)"},
 "ru":{"one":"Показать ещё (остался {{ count, number }})","few":"Показать ещё (осталось {{ count, number }})","many":"Показать ещё (осталось {{ count, number }})","other":"Показать ещё (осталось {{ count, number }})"},
 "ar":{"zero":"عرض المزيد (لم يتبقَّ شيء)","one":"عرض المزيد (يتبقى مشروع واحد)","two":"عرض المزيد (يتبقى مشروعان)","few":"عرض المزيد (تتبقى {{ count, number }} مشاريع)","many":"عرض المزيد (يتبقى {{ count, number }} مشروعًا)","other":"عرض المزيد (يتبقى {{ count, number }} مشروع)"},
 "fa":{"one":"نمایش بیشتر ({{ count, number }} مانده)","other":"نمایش بیشتر ({{ count, number }} مانده)"},
 "fr":{"one":"Afficher plus ({{ count, number }} restant)","other":"Afficher plus ({{ count, number }} restants)"},
 "pt":{"one":"Mostrar mais ({{ count, number }} restante)","other":"Mostrar mais ({{ count, number }} restantes)"},
 "th":{"other":"แสดงเพิ่ม (เหลืออีก {{ count, number }})"},
 "tr":{"one":"Daha fazla göster ({{ count, number }} kaldı)","other":"Daha fazla göster ({{ count, number }} kaldı)"}},
"stats_projects":{"en":{"one":"{{ count, number }} project","other":"{{ count, number }} projects"},
 "es":{"one":"{{ count, number }} proyecto","other":"{{ count, number }} proyectos"},
 "ko":{"other":"프로젝트 {{ count, number }}개"},
 "ja":{"other":"{{ count, number }}件のプロジェクト"},
 "id":{"other":"{{ count, number }} proyek"},
 "zh":{"other":"{{ count, number }} 个项目"},
 "vi":{"other":"{{ count, number }} dự án"},
 "hi":{"one":"{{ count, number }} प्रोजेक्ट","other":"{{ count, number }} प्रोजेक्ट"},
 "ru":{"one":"{{ count, number }} проект","few":"{{ count, number }} проекта","many":"{{ count, number }} проектов","other":"{{ count, number }} проекта"},
 "ar":{"zero":"لا مشاريع","one":"مشروع واحد","two":"مشروعان","few":"{{ count, number }} مشاريع","many":"{{ count, number }} مشروعًا","other":"{{ count, number }} مشروع"},
 "fa":{"one":"{{ count, number }} پروژه","other":"{{ count, number }} پروژه"},
 "fr":{"one":"{{ count, number }} projet","other":"{{ count, number }} projets"},
 "pt":{"one":"{{ count, number }} projeto","other":"{{ count, number }} projetos"},
 "th":{"other":"{{ count, number }} โครงการ"},
 "tr":{"one":"{{ count, number }} proje","other":"{{ count, number }} proje"}},
}
for l in order:
    p=f'/work/main/locales/{l}.json'
    d=json.load(open(p))
    cats=[k[len('count_line_'):] for k in d if k.startswith('count_line_')]
    for k,v in T.items(): d[k]=v[l]
    for k,v in P.items():
        assert set(v[l])<=set(cats), (l,k)
        for c in cats: d[f'{k}_{c}']=v[l].get(c, v[l]['other'])
    json.dump(d,open(p,'w'),ensure_ascii=False,indent=1); open(p,'a').write('\n')
print('ok')

# Reviewed by a second session on 2026-12-07; its corrections are applied above, except fr/pt
# stats_projects_many ("… de projets"), set in locales/ only: this script fills a missing form from `other`.
