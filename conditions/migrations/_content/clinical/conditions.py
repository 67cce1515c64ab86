"""The six condition pages of HipGuide, in the source article's order.

Sections are Markdown with no headings: the page supplies the headings. No section
gives urgency advice: the page builds "When to get help" from the warning signs
linked to the condition (see warning_signs.py).
"""

MUSCLE_STRAIN = {
    "slug": "muscle-strain-and-tendinopathy",
    "title": "Muscle strain and tendinopathy",
    "summary": (
        "Hip muscle and tendon pain in runners often comes from overuse, tight muscles "
        "or weak muscles. Most cases get better with rest and exercises."
    ),
    "where_it_hurts": "The front, side or back of your hip, your buttock, groin or upper thigh",
    "also_known_as": [
        "pulled muscle",
        "hip flexor strain",
        "groin strain",
        "hamstring strain",
        "gluteal tendinopathy",
        "tendinitis",
        "tendonitis",
    ],
    "signs_or_symptoms": [
        "Pain or aching in the hip, buttock, groin or thigh",
        "Pain when you press on the sore muscle or tendon",
        "Stiffness after rest or first thing in the morning",
        "Pain when you run, climb stairs or lift your leg",
        "Weakness in the hip or leg",
        "Swelling or bruising after a sudden strain",
    ],
    "treatments": [
        "Resting from running, or running less",
        "Ice packs wrapped in a towel",
        "Pain relief from a pharmacy",
        "Exercises to make muscles stronger and more flexible",
        "Physical therapy (physiotherapy)",
        "A slow return to running",
    ],
    "overview": (
        "A muscle strain is when a muscle, or the tendon at its end, is stretched too "
        "far or torn. A tendon is the strong cord that joins a muscle to a bone.\n"
        "\n"
        "Tendinopathy is a sore, weak tendon. It builds up slowly, often over weeks. "
        "It comes from asking a tendon to do more than it is ready for.\n"
        "\n"
        "In runners, these problems often affect:\n"
        "\n"
        "- The hip flexors, the muscles at the front of your hip that lift your knee.\n"
        "- The buttock muscles and their tendons (gluteal muscles).\n"
        "- The muscles at the back of your thigh (hamstrings) and your inner thigh "
        "(adductors).\n"
        "\n"
        "The pain can hold you back. It may stop you running as far or as fast as "
        "you want."
    ),
    "symptoms": (
        "You may have:\n"
        "\n"
        "- Pain or aching in your hip, buttock, groin or thigh.\n"
        "- Pain that spreads a little way down your leg.\n"
        "- Pain when you press on the sore spot.\n"
        "- Stiffness after rest, or first thing in the morning.\n"
        "- Pain when you run, climb stairs or lift your leg.\n"
        "- Swelling or bruising, if the strain happened suddenly.\n"
        "\n"
        "A sore buttock tendon often hurts on the outer side of your hip. Lying on "
        "that side may hurt too.\n"
        "\n"
        "Other problems can feel the same. This site cannot tell you what is causing "
        "your pain."
    ),
    "causes": (
        "The main causes are overuse, poor flexibility and weak muscles.\n"
        "\n"
        "Your hip muscles take a lot of load each time your foot lands. They need to "
        "be strong and well trained for this. If they are weak, tight or not stretched "
        "enough, they can get strained. They can also become inflamed, which means "
        "sore, hot and swollen.\n"
        "\n"
        "You are more likely to strain a muscle if you:\n"
        "\n"
        "- Build up your running too fast.\n"
        "- Add a lot of speed work or hills at once.\n"
        "- Do not warm up before a hard run.\n"
        "- Do not rest enough between runs."
    ),
    "how_long": (
        "A mild strain often gets better in 2 to 6 weeks. A bad tear can take a few "
        "months.\n"
        "\n"
        "Tendinopathy is slower. It often takes 3 months or more to settle. It gets "
        "better faster if you keep up your exercises."
    ),
    "things_to_do": (
        "- Rest from running, or cut back to a level that does not make the pain "
        "worse.\n"
        "- Keep moving gently, such as walking, so you do not get stiff.\n"
        "- For the first few days, hold an ice pack wrapped in a towel on the sore "
        "spot for up to 20 minutes, a few times a day.\n"
        "- Ask a pharmacist about pain relief. Paracetamol can ease pain. "
        "Anti-inflammatory painkillers, such as ibuprofen tablets or gel, can also "
        "help.\n"
        "- Start gentle exercises to stretch and strengthen your hip once the worst "
        "pain settles.\n"
        "- Build the load on a sore tendon slowly. Tendons get better with the right "
        "amount of work, not with total rest."
    ),
    "things_to_avoid": (
        "- Do not run through sharp pain or run with a limp.\n"
        "- For the first 2 days, do not use heat, such as a hot bath or heat pack, and "
        "do not massage the area. This can make swelling worse.\n"
        "- Avoid alcohol for the first 2 days. It can slow healing.\n"
        "- Do not stretch hard into pain.\n"
        "- Do not go back to full training too soon."
    ),
    "diagnosis": (
        "A doctor or physical therapist will ask how the pain started and what makes "
        "it worse. They will look at your hip and press on the sore spots. They will "
        "ask you to move your leg and push against their hand. This shows which "
        "muscle or tendon hurts.\n"
        "\n"
        "Most people do not need a scan. If the doctor thinks there may be a bad tear "
        "or another problem, you may have an ultrasound scan or an MRI scan. An MRI "
        "scan uses strong magnets to make detailed pictures inside your body."
    ),
    "who_can_help": (
        "- A pharmacist can tell you which pain relief is safe for you.\n"
        "- A physical therapist (physiotherapist) can find out which muscle is sore. "
        "They can give you an exercise plan and check how you run.\n"
        "- A doctor or sports medicine doctor can examine you, arrange a scan if you "
        "need one, and rule out other causes.\n"
        "\n"
        "In the US, all 50 states let you see a physical therapist without a referral "
        "from a doctor. Some states set limits on this, such as how long you can be "
        "treated before you see a doctor."
    ),
    "running_again": (
        "Most people can get back to running. Take it slowly and let pain be your "
        "guide.\n"
        "\n"
        "- Start with walking, then short, easy runs on flat ground.\n"
        "- Build up how far and how fast you run over several weeks.\n"
        "- Mild aches that settle by the next day are usually OK.\n"
        "- Stop if the pain is sharp or makes you limp.\n"
        "- Keep doing your exercises, even when you feel better."
    ),
    "uses_anti_inflammatories": True,
    "references": [
        ("Sprains and strains", "NHS", "https://www.nhs.uk/conditions/sprains-and-strains/"),
        (
            "Sprains and strains: Symptoms and causes",
            "Mayo Clinic",
            (
                "https://www.mayoclinic.org/diseases-conditions/sprains-and-strains"
                "/symptoms-causes/syc-20377938"
            ),
        ),
        (
            "Sprains, Strains and Other Soft-Tissue Injuries",
            "American Academy of Orthopaedic Surgeons (OrthoInfo)",
            (
                "https://orthoinfo.aaos.org/en/diseases--conditions"
                "/sprains-strains-and-other-soft-tissue-injuries/"
            ),
        ),
        ("Hip pain in adults", "NHS", "https://www.nhs.uk/symptoms/hip-pain/"),
    ],
}

BURSITIS = {
    "slug": "trochanteric-bursitis",
    "title": "Trochanteric bursitis",
    "summary": (
        "A bursa is a small sac of fluid that eases friction. Trochanteric bursitis "
        "is when the one over the bony point of your outer hip gets sore."
    ),
    "where_it_hurts": "The outside of your hip, sometimes spreading down the outer thigh",
    "also_known_as": [
        "hip bursitis",
        "greater trochanteric pain syndrome",
        "GTPS",
        "outer hip pain",
        "lateral hip pain",
        "gluteal tendinopathy",
    ],
    "signs_or_symptoms": [
        "Pain on the outer side of the hip",
        "Pain spreading down the outside of the thigh",
        "Pain when you press on the bony point of the hip",
        "Pain when lying on that side at night",
        "Pain on stairs, getting up from a chair or running",
    ],
    "treatments": [
        "Resting from running, or running less",
        "Ice packs wrapped in a towel",
        "Pain relief from a pharmacy",
        "Exercises for the hip and buttock muscles",
        "Physical therapy (physiotherapy)",
        "A steroid injection in some cases",
    ],
    "overview": (
        "A bursa is a small sac filled with fluid. You have many of them. They sit "
        "between bones and the soft parts around them, like muscles and tendons. They "
        "act like a cushion. They cut down friction (rubbing), strain and wear and "
        "tear where tissues slide over bone.\n"
        "\n"
        "You have one of these bursae (more than one bursa) on the outer side of each "
        "hip. It lies over the greater trochanter. This is the bony bump that sticks "
        "out a little at the top of your thigh bone.\n"
        "\n"
        "Trochanteric bursitis is when this bursa gets sore and swollen. This is also "
        "the spot where IT band syndrome can flare up. The IT band is a strip of tough "
        "tissue down the outside of your thigh.\n"
        "\n"
        "Doctors now often name this greater trochanteric pain syndrome. This is "
        "because the buttock tendons nearby are often sore too. The treatment is much "
        "the same."
    ),
    "symptoms": (
        "You may have:\n"
        "\n"
        "- Pain at the point of your hip, on the outside.\n"
        "- Pain that spreads down your outer thigh, sometimes to the knee.\n"
        "- Pain when you press on the bony point.\n"
        "- Pain when you lie on that side, which may wake you.\n"
        "- Pain on stairs, when you get up from a chair, or when you run.\n"
        "\n"
        "Hip arthritis or a back problem can feel the same. A health professional can "
        "check the cause."
    ),
    "causes": (
        "The bursa and the tendons near it can get sore from rubbing or pressure, "
        "again and again. In runners, this may be linked to:\n"
        "\n"
        "- Running long distances, or building up training too fast.\n"
        "- Running on sloping roads, or always the same way round a track.\n"
        "- Weak hip and buttock muscles.\n"
        "- One leg being a little longer than the other.\n"
        "- A fall onto the side of your hip.\n"
        "\n"
        "It is more common in women and in middle-aged people. Rarely, a bursa gets "
        "infected. See the warning signs on this page."
    ),
    "how_long": (
        "Most people get better within a few weeks to a few months with self-care and "
        "exercises. For some people, outer hip pain lasts longer or comes back. A "
        "physical therapist can help if it does."
    ),
    "things_to_do": (
        "- Rest from running, or cut back to a level that does not make the pain "
        "worse.\n"
        "- Keep gently active, such as walking on flat ground.\n"
        "- Hold an ice pack wrapped in a towel on the sore spot for up to 20 minutes, "
        "a few times a day.\n"
        "- Ask a pharmacist about pain relief, such as paracetamol or an "
        "anti-inflammatory painkiller like ibuprofen.\n"
        "- Sleep on your back or on the other side, with a pillow between your knees.\n"
        "- Do exercises to make your hip and buttock muscles stronger."
    ),
    "things_to_avoid": (
        "- Do not lie on the painful side.\n"
        "- Do not cross your legs, or stand with your weight on one hip.\n"
        "- Avoid sloping roads and tight bends while it is sore.\n"
        "- Avoid stretches that pull across the outer hip, unless a physical therapist "
        "says they are right for you.\n"
        "- Do not sit on low chairs for a long time."
    ),
    "diagnosis": (
        "A doctor or physical therapist will ask about your pain and your running. "
        "They will press on the outside of your hip and check how your hip moves. "
        "They may ask you to stand on one leg.\n"
        "\n"
        "You usually do not need a scan. Sometimes a doctor will arrange an X-ray, an "
        "ultrasound scan or an MRI scan to rule out other causes. An MRI scan uses "
        "strong magnets to make detailed pictures.\n"
        "\n"
        "If the bursa could be infected, the doctor may take some fluid out with a "
        "needle to test it."
    ),
    "who_can_help": (
        "- A pharmacist can tell you which pain relief is safe for you.\n"
        "- A physical therapist (physiotherapist) can give you exercises to make your "
        "hip and buttock muscles stronger. They can tell you which stretches to "
        "avoid.\n"
        "- A doctor or sports medicine doctor can check for other causes. If the pain "
        "does not settle, they may offer a steroid injection. This is a medicine that "
        "calms swelling. An operation is rarely needed.\n"
        "\n"
        "In the US, all 50 states let you see a physical therapist without a referral "
        "from a doctor, though some states set limits."
    ),
    "running_again": (
        "Ease back into running once your pain has settled. Use pain as your guide.\n"
        "\n"
        "- Start with short, easy runs on flat, even ground.\n"
        "- Avoid sloping roads and tight bends at first.\n"
        "- Build up your time slowly over several weeks.\n"
        "- Keep doing your strength exercises.\n"
        "- Rest if the pain comes back, then start again with less."
    ),
    "uses_anti_inflammatories": True,
    "references": [
        ("Bursitis", "NHS", "https://www.nhs.uk/conditions/bursitis/"),
        (
            "Hip Bursitis",
            "American Academy of Orthopaedic Surgeons (OrthoInfo)",
            "https://orthoinfo.aaos.org/en/diseases--conditions/hip-bursitis/",
        ),
        ("Hip pain in adults", "NHS", "https://www.nhs.uk/symptoms/hip-pain/"),
        (
            "Bursitis: Symptoms and causes",
            "Mayo Clinic",
            "https://www.mayoclinic.org/diseases-conditions/bursitis/symptoms-causes/syc-20353242",
        ),
    ],
}

IT_BAND = {
    "slug": "it-band-syndrome",
    "title": "IT band syndrome",
    "summary": (
        "IT band syndrome is when the tough band down your outer thigh gets inflamed. "
        "It is common in runners and causes pain on the outer hip or knee."
    ),
    "where_it_hurts": "The outside of your knee or hip, sometimes along the outer thigh",
    "also_known_as": [
        "iliotibial band syndrome",
        "ITBS",
        "ITB syndrome",
        "ITB friction syndrome",
        "runner's knee",
        "outer knee pain",
    ],
    "signs_or_symptoms": [
        "Pain on the outer side of the knee",
        "Pain on the outer side of the hip",
        "Pain that starts partway through a run and gets worse",
        "Pain that is worse running downhill or going down stairs",
        "Pain when you press along the outer thigh or knee",
        "A clicking or snapping feeling at the outer knee",
    ],
    "treatments": [
        "Resting from running, or running less",
        "Ice packs wrapped in a towel",
        "Pain relief from a pharmacy",
        "Exercises for the hip and thigh muscles",
        "Physical therapy (physiotherapy)",
        "A slow return to running",
    ],
    "overview": (
        "IT band syndrome is common in runners. It causes pain on the outer side of "
        "your knee or your outer hip.\n"
        "\n"
        "Your iliotibial band (IT band) is a long, tough strip of tissue. It is about "
        "2.5 cm (1 inch) wide. It starts at the iliac crest, which is the top edge of "
        "your pelvis (hip bone). It runs down the outside of your thigh and ends just "
        "below your knee.\n"
        "\n"
        "Its main job is to help keep your knee steady as you move. When the band or "
        "the tissue under it gets inflamed (sore and swollen), it can hurt so much "
        "that you have to stop your run."
    ),
    "symptoms": (
        "You may have:\n"
        "\n"
        "- Pain on the outer side of your knee, which is the most common place.\n"
        "- Pain on your outer hip, or along your outer thigh.\n"
        "- Pain that starts partway through a run and builds if you keep going.\n"
        "- Pain that is worse when you run downhill or go down stairs.\n"
        "- A clicking or snapping feeling at the outside of your knee.\n"
        "\n"
        "The pain often eases once you stop. Other problems can feel the same. One is "
        "a sore bursa on the outer hip. A bursa is a small sac of fluid that cushions "
        "a joint."
    ),
    "causes": (
        "IT band syndrome is usually an overuse injury. The band and the tissue under "
        "it are loaded again and again, faster than they can adapt.\n"
        "\n"
        "Things that may make it more likely:\n"
        "\n"
        "- Running further or faster too soon.\n"
        "- Lots of downhill running.\n"
        "- Running on sloping roads, or always the same way round a track.\n"
        "- Weak hip and buttock muscles.\n"
        "- Worn-out running shoes."
    ),
    "how_long": (
        "Most people get better in 4 to 8 weeks with rest and exercises. It can take "
        "longer if you keep running through the pain."
    ),
    "things_to_do": (
        "- Rest from running, or run less, until the pain settles.\n"
        "- Stay fit with exercise that does not hurt, such as swimming.\n"
        "- Hold an ice pack wrapped in a towel on the sore spot for up to 20 minutes, "
        "a few times a day.\n"
        "- Ask a pharmacist about pain relief, such as paracetamol or an "
        "anti-inflammatory painkiller like ibuprofen.\n"
        "- Do exercises to make your hip and buttock muscles stronger.\n"
        "- Check your running shoes, and replace them if they are worn out."
    ),
    "things_to_avoid": (
        "- Do not keep running once the pain starts.\n"
        "- Avoid downhill running and sloping roads while it is sore.\n"
        "- Do not go back to your full distance too soon.\n"
        "- Do not press or roll hard on a very sore spot. It is not proven to help, "
        "and it can make the pain worse."
    ),
    "diagnosis": (
        "A doctor or physical therapist can usually tell from your symptoms and an "
        "examination. They will press along the outside of your thigh and knee. They "
        "will bend and straighten your knee and check how your hip moves. They may "
        "watch you walk or run.\n"
        "\n"
        "You do not usually need a scan. Sometimes an X-ray or an MRI scan is used to "
        "rule out other knee or hip problems. An MRI scan uses strong magnets to make "
        "detailed pictures."
    ),
    "who_can_help": (
        "- A pharmacist can tell you which pain relief is safe for you.\n"
        "- A physical therapist (physiotherapist) can look at how you run and give you "
        "an exercise plan.\n"
        "- A doctor or sports medicine doctor can check for other causes. If the pain "
        "does not settle, they may suggest a steroid injection. This is a medicine "
        "that calms swelling. An operation is very rarely needed.\n"
        "\n"
        "In the US, all 50 states let you see a physical therapist without a referral "
        "from a doctor, though some states set limits."
    ),
    "running_again": (
        "Build back up slowly. Doing too much too soon often brings the pain back.\n"
        "\n"
        "- Wait until you can walk, climb stairs and do your exercises without pain.\n"
        "- Start with short, easy runs on flat ground, with rest days in between.\n"
        "- Add distance a little at a time, and avoid hills at first.\n"
        "- If the pain comes back, stop. Rest, then try a shorter run next time."
    ),
    "uses_anti_inflammatories": True,
    "references": [
        (
            "IT Band Syndrome (Iliotibial Band Syndrome)",
            "Cleveland Clinic",
            "https://my.clevelandclinic.org/health/diseases/21967-iliotibial-band-syndrome",
        ),
        ("Knee pain", "NHS", "https://www.nhs.uk/symptoms/knee-pain/"),
        ("Hip pain in adults", "NHS", "https://www.nhs.uk/symptoms/hip-pain/"),
        (
            "Knee pain: Symptoms and causes",
            "Mayo Clinic",
            "https://www.mayoclinic.org/diseases-conditions/knee-pain/symptoms-causes/syc-20350849",
        ),
    ],
}

OSTEOARTHRITIS = {
    "slug": "hip-osteoarthritis",
    "title": "Hip osteoarthritis",
    "summary": (
        "Hip osteoarthritis is when the hip joint wears down, causing pain and "
        "stiffness. In runners, it is more common in their 40s and 50s."
    ),
    "where_it_hurts": "Your groin, sometimes spreading to the thigh, buttock or knee",
    "also_known_as": [
        "hip OA",
        "hip arthritis",
        "wear and tear arthritis",
        "degenerative joint disease",
        "arthritis of the hip",
    ],
    "signs_or_symptoms": [
        "Pain in the groin",
        "Pain spreading to the thigh, buttock or knee",
        "A stiff hip, mostly after rest",
        "Trouble moving the hip, such as putting on socks",
        "Pain that is worse after activity",
        "A limp or a grinding feeling in the hip",
    ],
    "treatments": [
        "Regular exercise, including hip strength work",
        "Low-impact exercise, like swimming or cycling",
        "Physical therapy (physiotherapy)",
        "Keeping to a healthy weight",
        "Anti-inflammatory gel or tablets, if needed",
        "Hip replacement for severe cases",
    ],
    "overview": (
        "Hip osteoarthritis (OA) is when the hip joint slowly starts to wear and break "
        "down. This can make your hip painful and stiff.\n"
        "\n"
        "It is more common in runners in their 40s and 50s. That is not because of "
        "running. OA simply gets more common as we get older. Running does not cause "
        "it.\n"
        "\n"
        "Your hip joint is a ball and socket. The round top of your thigh bone (the "
        "ball) sits in a cup in your pelvis (the socket). A smooth, slippery layer "
        "covers both. This layer is cartilage. It lets the joint glide.\n"
        "\n"
        "In OA, the cartilage gets thinner and rougher. Small lumps of extra bone may "
        "grow at the edges of the joint."
    ),
    "symptoms": (
        "You may have:\n"
        "\n"
        "- Pain in your groin, which is the most common place.\n"
        "- Pain that spreads to your buttock, thigh or knee.\n"
        "- A stiff hip after sitting, or first thing in the morning.\n"
        "- Trouble moving your hip, for example to put on socks or shoes.\n"
        "- Pain that is worse after activity, such as a run.\n"
        "- A limp, or a grinding feeling in the joint.\n"
        "\n"
        "Symptoms often come and go. Sometimes hip OA is felt mostly in the knee."
    ),
    "causes": (
        "Things that make hip OA more likely include:\n"
        "\n"
        "- Getting older.\n"
        "- OA in your family.\n"
        "- An old hip injury.\n"
        "- A hip socket that is a bit shallow, or a hip that formed in an unusual "
        "shape.\n"
        "- Being overweight.\n"
        "\n"
        "Running for fun does not cause OA. Research suggests that, for most people, "
        "running for fun does not raise the risk of hip OA. Some studies found that "
        "people who run for fun get it less often than people who do not exercise.\n"
        "\n"
        "But if the joint is already wearing, the repeated impact of running may speed "
        "up the wear for some people. This is why you may need to change how you run."
    ),
    "how_long": (
        "OA is a long-term condition. There is no cure, but the pain often goes up and "
        "down. It does not always get worse. Many people have long spells with few "
        "symptoms, mainly if they keep active."
    ),
    "things_to_do": (
        "- Keep active. Exercise is one of the main treatments for OA.\n"
        "- Do exercises to make the muscles around your hip stronger.\n"
        "- Try low-impact exercise, like swimming or cycling. These keep your heart "
        "and lungs fit but put less strain on your joints.\n"
        "- If you are overweight, losing some weight eases the load on your hips.\n"
        "- If you need pain relief, ask a pharmacist. They may suggest an "
        "anti-inflammatory gel or cream first. If that does not help, ask a doctor "
        "if anti-inflammatory tablets, such as ibuprofen, are safe for you.\n"
        "- Wear shoes with soft, thick soles."
    ),
    "things_to_avoid": (
        "- Do not stop moving. Resting too much makes the joint stiffer and the "
        "muscles weaker.\n"
        "- Do not rely on paracetamol on its own. It is not usually advised for OA, as "
        "it does little for the pain.\n"
        "- Avoid long runs on hard roads if they make your pain worse the next day.\n"
        "- Do not push through sharp pain or a limp."
    ),
    "diagnosis": (
        "A doctor can often tell you have hip OA from your symptoms and an "
        "examination. This is more likely if you are over 45 and your hip is stiff "
        "in the morning for half an hour or less.\n"
        "\n"
        "They will ask about your pain and check how far your hip moves. They may "
        "watch you walk.\n"
        "\n"
        "You do not always need an X-ray. A doctor may arrange one if they are not "
        "sure of the cause, or if you may need an operation."
    ),
    "who_can_help": (
        "- A pharmacist can tell you which pain relief is safe for you.\n"
        "- A physical therapist (physiotherapist) can plan exercises to make your hip "
        "stronger and help it move. They can also help you change how you run.\n"
        "- A doctor can check it is OA and help with pain relief. If other treatments "
        "have not helped and OA is badly affecting your life, they may talk to you "
        "about a hip replacement. This operation swaps the worn joint for a new one.\n"
        "\n"
        "In the US, all 50 states let you see a physical therapist without a referral "
        "from a doctor, though some states set limits."
    ),
    "running_again": (
        "Hip OA does not always mean you must stop running. But you may need to make "
        "some changes. Ask a sports medicine doctor or a physical therapist first.\n"
        "\n"
        "These may help:\n"
        "\n"
        "- Run shorter distances, or mix running with walking.\n"
        "- Run on softer, flat ground, such as grass or a track.\n"
        "- Leave a rest day between runs.\n"
        "- Swap some runs for swimming or cycling.\n"
        "- Keep up strength exercises for your hips and legs.\n"
        "\n"
        "Use pain as a guide. A mild ache that settles by the next day is often OK. "
        "Cut back if the pain is sharp, makes you limp, or is worse the next morning."
    ),
    "uses_anti_inflammatories": True,
    "references": [
        (
            "Osteoarthritis of the Hip",
            "American Academy of Orthopaedic Surgeons (OrthoInfo)",
            "https://orthoinfo.aaos.org/en/diseases--conditions/osteoarthritis-of-the-hip/",
        ),
        ("Osteoarthritis", "NHS", "https://www.nhs.uk/conditions/osteoarthritis/"),
        (
            "Osteoarthritis in over 16s: diagnosis and management (NG226)",
            "National Institute for Health and Care Excellence (NICE)",
            "https://www.nice.org.uk/guidance/ng226",
        ),
        (
            "Osteoarthritis: Symptoms and causes",
            "Mayo Clinic",
            (
                "https://www.mayoclinic.org/diseases-conditions/osteoarthritis"
                "/symptoms-causes/syc-20351925"
            ),
        ),
    ],
}

STRESS_FRACTURE = {
    "slug": "femoral-neck-stress-fracture",
    "title": "Femoral neck stress fracture",
    "summary": (
        "A small crack in the top of your thigh bone, near the hip, from overuse. It "
        "is serious and needs rest, rehabilitation and a doctor's care."
    ),
    "where_it_hurts": "Deep in your groin or the front of your hip, sometimes down the thigh",
    "also_known_as": [
        "hip stress fracture",
        "femoral stress fracture",
        "stress fracture of the hip",
        "hairline fracture of the hip",
        "bone stress injury",
    ],
    "signs_or_symptoms": [
        "A deep ache in the groin or front of the hip",
        "Pain that gets worse with each run",
        "Hip pain at rest or at night",
        "A limp, or pain when you stand on the leg",
        "Pain spreading into the thigh",
    ],
    "treatments": [
        "Stopping running and other impact activity",
        "Rest, often with crutches",
        "Rehabilitation with a physical therapist",
        "An operation for some fractures",
        "Checks on diet and bone health",
    ],
    "overview": (
        "A stress fracture is a small crack in a bone. It comes from overuse: the same "
        "stress, again and again. It does not come from one fall.\n"
        "\n"
        "The hip area is a common place for stress fractures. They often happen in the "
        "femoral neck. This is the short, narrow part at the top of your thigh bone. "
        "It joins the rest of the bone to the ball of your hip joint.\n"
        "\n"
        "This is a serious injury. If it is not treated, the crack can grow, or the "
        "bone can break right through. This can cause problems that last a long time, "
        "such as damage to the hip joint.\n"
        "\n"
        "To heal, the bone needs rest. Then you need rehabilitation. This means "
        "exercises and a step-by-step return to activity."
    ),
    "symptoms": (
        "Symptoms often start slowly. You may have:\n"
        "\n"
        "- A deep, dull ache in your groin or the front of your hip.\n"
        "- Pain that spreads into your thigh.\n"
        "- Pain that gets worse with each run, or starts sooner each time.\n"
        "- Pain when you rest, or pain at night.\n"
        "- A limp, or pain when you stand on that leg.\n"
        "\n"
        "At first, the pain may ease when you stop running. It is easy to mistake for "
        "a pulled muscle. See the warning signs on this page."
    ),
    "causes": (
        "Bone repairs itself after exercise. If you load it again and again without "
        "enough time to recover, the damage builds up faster than the repair. A small "
        "crack can then form.\n"
        "\n"
        "Things that make it more likely:\n"
        "\n"
        "- Running a lot more, more often or harder than before, too quickly.\n"
        "- Not eating enough for the training you do.\n"
        "- Missed periods, or periods that have stopped.\n"
        "- Thin, weak bones (low bone density).\n"
        "- A stress fracture in the past."
    ),
    "how_long": (
        "It often takes a few months before the bone has healed and you can run again. "
        "It can take longer if you needed an operation, or if the crack was found "
        "late."
    ),
    "things_to_do": (
        "- Stop running and jumping if you have groin or hip pain like this.\n"
        "- Get your hip checked by a doctor before you run again. See the warning "
        "signs on this page.\n"
        "- Use crutches if a doctor gives them to you, and follow their advice on how "
        "much weight to put on your leg.\n"
        "- Ask your doctor which pain relief is right for you.\n"
        "- Stay fit in ways your doctor says are safe, such as upper body exercise.\n"
        "- Eat enough to match your training, with enough calcium and vitamin D."
    ),
    "things_to_avoid": (
        "- Do not run through groin or hip pain.\n"
        "- Do not try to walk off a limp.\n"
        "- Do not take anti-inflammatory painkillers, such as ibuprofen, unless a "
        "doctor says to. They may slow bone healing, and they can hide pain that "
        "warns you to stop.\n"
        "- Do not go back to running until a doctor says the bone has healed."
    ),
    "diagnosis": (
        "A doctor will ask about your training, your diet and, if you have them, your "
        "periods. They will check how your hip moves and whether it hurts to stand "
        "on that leg.\n"
        "\n"
        "You will usually have an X-ray. Early cracks often do not show on an X-ray, "
        "so you may also need an MRI scan. This uses strong magnets to make detailed "
        "pictures of the bone.\n"
        "\n"
        "Where the crack is matters. A crack on the inner, lower side of the femoral "
        "neck often heals with rest and crutches. A crack on the outer, upper side is "
        "more likely to break right through. It usually needs an operation to hold "
        "the bone together with screws."
    ),
    "who_can_help": (
        "- A doctor or sports medicine doctor finds the crack and plans your "
        "treatment. They may send you to a bone surgeon (orthopaedic surgeon).\n"
        "- A physical therapist (physiotherapist) guides your rehabilitation. They "
        "plan your return to running with your doctor.\n"
        "- A pharmacist can answer questions about medicines your doctor gives you.\n"
        "- A dietitian (an expert in food and health) can help if you are not eating "
        "enough for your training.\n"
        "\n"
        "With hip pain that could be a stress fracture, see a doctor first, not only "
        "a physical therapist."
    ),
    "running_again": (
        "Do not run until a doctor says the bone has healed.\n"
        "\n"
        "Plan a slow return with your doctor or physical therapist. You will usually "
        "need to walk without pain first. Then you can try short walk-run sessions "
        "and build up over weeks.\n"
        "\n"
        "If groin or hip pain comes back, stop running and get it checked.\n"
        "\n"
        "It also helps to deal with the cause. For example, build up your training "
        "more slowly, and eat enough for the running you do."
    ),
    "uses_anti_inflammatories": False,
    "references": [
        (
            "Stress Fractures",
            "American Academy of Orthopaedic Surgeons (OrthoInfo)",
            "https://orthoinfo.aaos.org/en/diseases--conditions/stress-fractures/",
        ),
        (
            "Stress fractures: Symptoms and causes",
            "Mayo Clinic",
            (
                "https://www.mayoclinic.org/diseases-conditions/stress-fractures"
                "/symptoms-causes/syc-20354057"
            ),
        ),
        (
            "Femoral Neck Stress Fractures in Sport: A Current Concepts Review",
            "Sports Medicine International Open (via PubMed Central)",
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC6226070/",
        ),
    ],
}

SCIATICA = {
    "slug": "sciatica",
    "title": "Sciatica",
    "summary": (
        "Sciatica is pain that spreads from your back or buttock down your leg. It is "
        "a symptom, not a diagnosis. A slipped disc is a common cause."
    ),
    "where_it_hurts": "Your buttock and down the back of one leg, sometimes to the foot",
    "also_known_as": [
        "trapped nerve",
        "pinched nerve",
        "slipped disc",
        "herniated disc",
        "lumbar radiculopathy",
        "piriformis syndrome",
    ],
    "signs_or_symptoms": [
        "Pain spreading from the back or buttock down one leg",
        "Leg pain that is worse than any back pain",
        "Tingling or pins and needles in the leg or foot",
        "Numbness in the buttock, leg or foot",
        "Weakness in the leg or foot",
    ],
    "treatments": [
        "Staying active",
        "Exercises and stretches",
        "Physical therapy (physiotherapy)",
        "Anti-inflammatory painkillers, if they are safe for you",
        "Heat or cold packs",
    ],
    "overview": (
        "Sciatica is pain that starts in your lower back or buttock and spreads down "
        "your leg. The leg pain is usually worse than any back pain.\n"
        "\n"
        "It happens when the sciatic nerve is pressed on or irritated. This long "
        "nerve runs from your lower back, through your buttock and down each leg.\n"
        "\n"
        "Sciatica is a symptom, not a diagnosis. It is not an injury in its own right. "
        "Many different problems can cause it."
    ),
    "symptoms": (
        "Sciatica usually affects one side of your body. You may have:\n"
        "\n"
        "- Pain in your buttock, the back of your leg, or your foot.\n"
        "- Pain that feels sharp, shooting or burning.\n"
        "- Tingling or pins and needles.\n"
        "- Numbness.\n"
        "- Weakness in your leg or foot.\n"
        "\n"
        "You may have some back pain too, but it is not usually as bad as the leg "
        "pain. The pain can be worse when you move, sneeze or cough."
    ),
    "causes": (
        "Many things can cause sciatica. One of the most common is a slipped disc. "
        "Discs are soft pads between the bones of your spine. If part of a disc bulges "
        "out, it can press on a nerve.\n"
        "\n"
        "Other causes include:\n"
        "\n"
        "- The space around the nerves in your spine getting narrower, often with age.\n"
        "- A bone in your spine slipping out of place.\n"
        "- A back injury.\n"
        "- Tight or irritated muscles deep in your buttock.\n"
        "- Rarely, an infection or a growth in the spine."
    ),
    "how_long": (
        "Sciatica usually gets better in 4 to 6 weeks. Sometimes it lasts longer, or comes back."
    ),
    "things_to_do": (
        "- Keep active. Carry on with your normal daily life as much as you can.\n"
        "- Do gentle exercises and stretches. A physical therapist can show you which "
        "ones suit you.\n"
        "- Try a heat pack or a cold pack for short spells to ease the pain.\n"
        "- Ask a pharmacist about pain relief. An anti-inflammatory painkiller, such "
        "as ibuprofen, may help if it is safe for you. Paracetamol on its own is not "
        "advised for sciatica.\n"
        "- Put a small pillow between your knees when you sleep on your side."
    ),
    "things_to_avoid": (
        "- Do not stay in bed or sit still for long spells. This can slow your "
        "recovery.\n"
        "- Do not put a heat pack or hot water bottle on skin that is numb. You may "
        "not feel it burn you.\n"
        "- Do not run or lift heavy weights through pain that shoots down your leg.\n"
        "- Avoid long spells of sitting or driving without a break."
    ),
    "diagnosis": (
        "A doctor or physical therapist will ask about your pain. They will check your "
        "back and test the strength, feeling and reflexes in your legs. Reflexes are "
        "the kicks your leg makes when they tap below your knee or at your ankle. They "
        "may lift your straight leg to see if it brings on the pain.\n"
        "\n"
        "Most people do not need a scan. An MRI scan may be used if the pain does not "
        "get better, or if an operation is being thought about. An MRI scan uses "
        "strong magnets to make detailed pictures."
    ),
    "who_can_help": (
        "- A pharmacist can tell you which pain relief is safe for you.\n"
        "- A physical therapist (physiotherapist) can give you exercises and advice to "
        "help you stay active.\n"
        "- A doctor can check your nerves and look for other causes. If the pain does "
        "not get better, they may suggest other medicines or an injection in your "
        "back. A few people need an operation.\n"
        "\n"
        "In the US, all 50 states let you see a physical therapist without a referral "
        "from a doctor, though some states set limits."
    ),
    "running_again": (
        "Short, easy walks are a good place to start. When your pain settles, you may "
        "be able to try short, easy runs on flat ground. Build up slowly over several "
        "weeks.\n"
        "\n"
        "Use pain as a guide. Mild pain that settles within a day may be OK. Stop and "
        "get advice if leg pain, tingling or numbness gets worse, or spreads further "
        "down your leg."
    ),
    "uses_anti_inflammatories": True,
    "references": [
        ("Sciatica", "NHS", "https://www.nhs.uk/conditions/sciatica/"),
        (
            "Low back pain and sciatica in over 16s: assessment and management (NG59)",
            "National Institute for Health and Care Excellence (NICE)",
            "https://www.nice.org.uk/guidance/ng59",
        ),
        ("Cauda equina syndrome", "NHS", "https://www.nhs.uk/conditions/cauda-equina-syndrome/"),
        (
            "Sciatica: Symptoms and causes",
            "Mayo Clinic",
            "https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435",
        ),
    ],
}

CONDITIONS = [
    MUSCLE_STRAIN,
    BURSITIS,
    IT_BAND,
    OSTEOARTHRITIS,
    STRESS_FRACTURE,
    SCIATICA,
]
