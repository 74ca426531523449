window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116215408917232870"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "16",
      "id_str" : "2116215408917232870",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2116215408917232870",
      "created_at" : "Fri Oct 30 17:07:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Behind the scenes at 4 a.m.: this is how the wholemeal cornetti is made.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115712983844017136"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "33",
      "id_str" : "2115712983844017136",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2115712983844017136",
      "created_at" : "Thu Oct 29 07:50:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare il pane al farro.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114685301646864082"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2114685301646864082/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr46864082",
            "media_url_https" : "https://pbs.twimg.com/media/fr46864082.jpg",
            "id_str" : "2114685301646864082",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "11",
      "id_str" : "2114685301646864082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2114685301646864082",
      "created_at" : "Mon Oct 26 11:47:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco la crostata di albicocche.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Isla White",
            "screen_name" : "islawhite",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2113986247530770133",
      "id_str" : "2114171556111590126",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2114171556111590126",
      "in_reply_to_status_id" : "2113986247530770133",
      "created_at" : "Sun Oct 25 01:45:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@islawhite Hi Isla! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "islawhite"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2113734189163900587",
      "id_str" : "2114116532879707278",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2114116532879707278",
      "in_reply_to_status_id" : "2113734189163900587",
      "created_at" : "Sat Oct 24 22:07:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@alessiamarchetti Ciao Alessia! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2113701038437610433",
      "id_str" : "2113770973808696999",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2113770973808696999",
      "in_reply_to_status_id" : "2113701038437610433",
      "created_at" : "Fri Oct 23 23:14:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviabennett Hi Olivia, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113694693098875017"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2113694693098875017/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr98875017",
            "media_url_https" : "https://pbs.twimg.com/media/fr98875017.jpg",
            "id_str" : "2113694693098875017",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "27",
      "id_str" : "2113694693098875017",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2113694693098875017",
      "created_at" : "Fri Oct 23 18:11:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco il pane con le noci.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112496136982250427"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2112496136982250427/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr82250427",
            "media_url_https" : "https://pbs.twimg.com/media/fr82250427.jpg",
            "id_str" : "2112496136982250427",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "12",
      "id_str" : "2112496136982250427",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2112496136982250427",
      "created_at" : "Tue Oct 20 10:48:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making the sfogliatelle by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112139454079664740"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "24",
      "id_str" : "2112139454079664740",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2112139454079664740",
      "created_at" : "Mon Oct 19 11:11:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco il pane con le noci.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111522641561163929"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2111522641561163929/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr61163929",
            "media_url_https" : "https://pbs.twimg.com/media/fr61163929.jpg",
            "id_str" : "2111522641561163929",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "29",
      "id_str" : "2111522641561163929",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2111522641561163929",
      "created_at" : "Sat Oct 17 18:20:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making our Genoese focaccia by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109947295016440050"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "20",
      "id_str" : "2109947295016440050",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2109947295016440050",
      "created_at" : "Tue Oct 13 10:00:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Vi presentiamo Rosa, che da vent'anni prepara i cornetti integrali con le sue mani.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Longo",
            "screen_name" : "marcolongo",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2109084546822196913",
      "id_str" : "2109468045595402861",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2109468045595402861",
      "in_reply_to_status_id" : "2109084546822196913",
      "created_at" : "Mon Oct 12 02:15:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcolongo Ciao Marco! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcolongo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Jack Davies",
            "screen_name" : "jackdavies",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "32"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2109412336932179573",
      "id_str" : "2109446653743462648",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2109446653743462648",
      "in_reply_to_status_id" : "2109412336932179573",
      "created_at" : "Mon Oct 12 00:50:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@jackdavies Ti aspettiamo, Jack!",
      "lang" : "it",
      "in_reply_to_screen_name" : "jackdavies"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Jack Davies",
            "screen_name" : "jackdavies",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2109234159072866216",
      "id_str" : "2109364653923461307",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2109364653923461307",
      "in_reply_to_status_id" : "2109234159072866216",
      "created_at" : "Sun Oct 11 19:24:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@jackdavies Hi Jack! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "jackdavies"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "George Smith",
            "screen_name" : "georgesmith",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2109265579986671252",
      "id_str" : "2109337256353490215",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2109337256353490215",
      "in_reply_to_status_id" : "2109265579986671252",
      "created_at" : "Sun Oct 11 17:36:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@georgesmith Thanks George, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "georgesmith"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109166406226705398"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "23",
      "id_str" : "2109166406226705398",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2109166406226705398",
      "created_at" : "Sun Oct 11 06:17:12 +0000 2026",
      "favorited" : false,
      "full_text" : "This week's special is the butter biscuits, the way grandpa used to make it.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Pietro Serra",
            "screen_name" : "pietroserra",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2109037978031740539",
      "id_str" : "2109061326158684697",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2109061326158684697",
      "in_reply_to_status_id" : "2109037978031740539",
      "created_at" : "Sat Oct 10 23:19:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@pietroserra Ciao Pietro, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "pietroserra"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108976746407886216"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2108976746407886216/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr07886216",
            "media_url_https" : "https://pbs.twimg.com/media/fr07886216.jpg",
            "id_str" : "2108976746407886216",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "18",
      "id_str" : "2108976746407886216",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2108976746407886216",
      "created_at" : "Sat Oct 10 17:43:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per il panettone:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108059943677212107"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "16",
      "id_str" : "2108059943677212107",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2108059943677212107",
      "created_at" : "Thu Oct 08 05:00:31 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a baker's apprentice. Come and learn to make the spelt loaf with us.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107063789655696329"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2107063789655696329/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr55696329",
            "media_url_https" : "https://pbs.twimg.com/media/fr55696329.jpg",
            "id_str" : "2107063789655696329",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "22",
      "id_str" : "2107063789655696329",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2107063789655696329",
      "created_at" : "Mon Oct 05 11:02:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Dietro le quinte alle 4 del mattino: così nasce la crostata di albicocche.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106252157996223440"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "20",
      "id_str" : "2106252157996223440",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2106252157996223440",
      "created_at" : "Sat Oct 03 05:17:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Appena sfornato: il pane al farro. Vi aspettiamo in negozio fino alle 19!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105368944947850177"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2105368944947850177/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr47850177",
            "media_url_https" : "https://pbs.twimg.com/media/fr47850177.jpg",
            "id_str" : "2105368944947850177",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "21",
      "id_str" : "2105368944947850177",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2105368944947850177",
      "created_at" : "Wed Sep 30 18:47:26 +0000 2026",
      "favorited" : false,
      "full_text" : "You can now order the hand-stretched grissini online, delivered the next morning.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104164543219030915"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2104164543219030915/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr19030915",
            "media_url_https" : "https://pbs.twimg.com/media/fr19030915.jpg",
            "id_str" : "2104164543219030915",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "16",
      "id_str" : "2104164543219030915",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2104164543219030915",
      "created_at" : "Sun Sep 27 11:01:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Behind the scenes at 4 a.m.: this is how the panettone is made.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103515958618307828"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "17",
      "id_str" : "2103515958618307828",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2103515958618307828",
      "created_at" : "Fri Sep 25 16:04:20 +0000 2026",
      "favorited" : false,
      "full_text" : "You can now order the wholemeal cornetti online, delivered the next morning.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "William Evans",
            "screen_name" : "williamevans",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "43"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103089095854551607",
      "id_str" : "2103312473636190718",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103312473636190718",
      "in_reply_to_status_id" : "2103089095854551607",
      "created_at" : "Fri Sep 25 02:35:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@williamevans So glad you like it, William!",
      "lang" : "it",
      "in_reply_to_screen_name" : "williamevans"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103081716374643966"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2103081716374643966/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr74643966",
            "media_url_https" : "https://pbs.twimg.com/media/fr74643966.jpg",
            "id_str" : "2103081716374643966",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "19",
      "id_str" : "2103081716374643966",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2103081716374643966",
      "created_at" : "Thu Sep 24 11:18:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Appena sfornato: la crostata di albicocche. Vi aspettiamo in negozio fino alle 19!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101564414104874111"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2101564414104874111/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr04874111",
            "media_url_https" : "https://pbs.twimg.com/media/fr04874111.jpg",
            "id_str" : "2101564414104874111",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "17",
      "id_str" : "2101564414104874111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101564414104874111",
      "created_at" : "Sun Sep 20 06:49:36 +0000 2026",
      "favorited" : false,
      "full_text" : "You can now order the wholemeal cornetti online, delivered the next morning.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100900166547743145"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2100900166547743145/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr47743145",
            "media_url_https" : "https://pbs.twimg.com/media/fr47743145.jpg",
            "id_str" : "2100900166547743145",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "19",
      "id_str" : "2100900166547743145",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2100900166547743145",
      "created_at" : "Fri Sep 18 10:50:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per la torta della nonna:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100163582374167259"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "23",
      "id_str" : "2100163582374167259",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2100163582374167259",
      "created_at" : "Wed Sep 16 10:03:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco la pizza in teglia.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099004386257118529"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2099004386257118529/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr57118529",
            "media_url_https" : "https://pbs.twimg.com/media/fr57118529.jpg",
            "id_str" : "2099004386257118529",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "47",
      "id_str" : "2099004386257118529",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2099004386257118529",
      "created_at" : "Sun Sep 13 05:16:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: our Genoese focaccia. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098463721496451048",
      "id_str" : "2098522674210903078",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098522674210903078",
      "in_reply_to_status_id" : "2098463721496451048",
      "created_at" : "Fri Sep 11 21:22:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@davidegreco Ciao Davide! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098460076567252585"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "7",
      "id_str" : "2098460076567252585",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2098460076567252585",
      "created_at" : "Fri Sep 11 17:14:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per la torta della nonna:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Smith",
            "screen_name" : "oliviasmith",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "31"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097847796942167447",
      "id_str" : "2097852738162468671",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097852738162468671",
      "in_reply_to_status_id" : "2097847796942167447",
      "created_at" : "Thu Sep 10 01:00:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviasmith A presto Olivia! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviasmith"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Smith",
            "screen_name" : "oliviasmith",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097757728931456136",
      "id_str" : "2097832495630441317",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097832495630441317",
      "in_reply_to_status_id" : "2097757728931456136",
      "created_at" : "Wed Sep 09 23:40:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviasmith Thanks Olivia, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviasmith"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Walker",
            "screen_name" : "ellawalker",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097321125623546871",
      "id_str" : "2097544300980548518",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097544300980548518",
      "in_reply_to_status_id" : "2097321125623546871",
      "created_at" : "Wed Sep 09 04:35:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@ellawalker Hi Ella! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellawalker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097360432245872629",
      "id_str" : "2097478352826115778",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097478352826115778",
      "in_reply_to_status_id" : "2097360432245872629",
      "created_at" : "Wed Sep 09 00:13:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@davidegreco Ciao Davide! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Grace Taylor",
            "screen_name" : "gracetaylor",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "40"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097294031465619692",
      "id_str" : "2097417392734708534",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097417392734708534",
      "in_reply_to_status_id" : "2097294031465619692",
      "created_at" : "Tue Sep 08 20:10:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@gracetaylor So glad you like it, Grace!",
      "lang" : "it",
      "in_reply_to_screen_name" : "gracetaylor"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Jack Smith",
            "screen_name" : "jacksmith",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "37"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097281521387548669",
      "id_str" : "2097323759554443758",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097323759554443758",
      "in_reply_to_status_id" : "2097281521387548669",
      "created_at" : "Tue Sep 08 13:58:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@jacksmith Thanks Jack, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "jacksmith"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097276133823526855"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "13",
      "id_str" : "2097276133823526855",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097276133823526855",
      "created_at" : "Tue Sep 08 10:49:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Domenica sforniamo il pane al farro: con o senza uvetta?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096905071792234455"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "27",
      "id_str" : "2096905071792234455",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2096905071792234455",
      "created_at" : "Mon Sep 07 10:15:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Da oggi la crostata di albicocche si ordina anche online, con consegna il giorno dopo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096137203400947299",
      "id_str" : "2096446852147086871",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096446852147086871",
      "in_reply_to_status_id" : "2096137203400947299",
      "created_at" : "Sun Sep 06 03:54:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@davidegreco Ciao Davide! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096124595566304788"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2096124595566304788/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr66304788",
            "media_url_https" : "https://pbs.twimg.com/media/fr66304788.jpg",
            "id_str" : "2096124595566304788",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "15",
      "id_str" : "2096124595566304788",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2096124595566304788",
      "created_at" : "Sat Sep 05 06:33:42 +0000 2026",
      "favorited" : false,
      "full_text" : "What would you like to find next to the sfogliatelle next week?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Federica Vitale",
            "screen_name" : "federicavitale",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "36"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095896360621397928",
      "id_str" : "2096048164254711699",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096048164254711699",
      "in_reply_to_status_id" : "2095896360621397928",
      "created_at" : "Sat Sep 05 01:29:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@federicavitale A presto Federica! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "federicavitale"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Federica Vitale",
            "screen_name" : "federicavitale",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095366198590084759",
      "id_str" : "2095823724229867440",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095823724229867440",
      "in_reply_to_status_id" : "2095366198590084759",
      "created_at" : "Fri Sep 04 10:38:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@federicavitale Ciao Federica, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "federicavitale"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "George Johnson",
            "screen_name" : "georgejohnson",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "70"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095615608128821690",
      "id_str" : "2095702778114547403",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095702778114547403",
      "in_reply_to_status_id" : "2095615608128821690",
      "created_at" : "Fri Sep 04 02:37:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@georgejohnson Thank you George, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "georgejohnson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Thomas Williams",
            "screen_name" : "thomaswilliams",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095470120926264338",
      "id_str" : "2095634565845967976",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095634565845967976",
      "in_reply_to_status_id" : "2095470120926264338",
      "created_at" : "Thu Sep 03 22:06:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@thomaswilliams Thank you Thomas, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "thomaswilliams"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sara Vitale",
            "screen_name" : "saravitale",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095510526852915196",
      "id_str" : "2095572532867154166",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095572532867154166",
      "in_reply_to_status_id" : "2095510526852915196",
      "created_at" : "Thu Sep 03 18:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@saravitale Ciao Sara! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "saravitale"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Thomas Hughes",
            "screen_name" : "thomashughes",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "33"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095523696976352074",
      "id_str" : "2095556836334373284",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095556836334373284",
      "in_reply_to_status_id" : "2095523696976352074",
      "created_at" : "Thu Sep 03 16:57:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@thomashughes Thank you Thomas! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "thomashughes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095462643454817086"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2095462643454817086/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr54817086",
            "media_url_https" : "https://pbs.twimg.com/media/fr54817086.jpg",
            "id_str" : "2095462643454817086",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "23",
      "id_str" : "2095462643454817086",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2095462643454817086",
      "created_at" : "Thu Sep 03 10:43:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: the sfogliatelle. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094316445950477883"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "15",
      "id_str" : "2094316445950477883",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2094316445950477883",
      "created_at" : "Mon Aug 31 06:48:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per il panettone:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093208705271314515"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2093208705271314515/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr71314515",
            "media_url_https" : "https://pbs.twimg.com/media/fr71314515.jpg",
            "id_str" : "2093208705271314515",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "20",
      "id_str" : "2093208705271314515",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2093208705271314515",
      "created_at" : "Fri Aug 28 05:26:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per il pane al farro:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092120379234688915"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2092120379234688915/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr34688915",
            "media_url_https" : "https://pbs.twimg.com/media/fr34688915.jpg",
            "id_str" : "2092120379234688915",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "10",
      "id_str" : "2092120379234688915",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2092120379234688915",
      "created_at" : "Tue Aug 25 05:22:22 +0000 2026",
      "favorited" : false,
      "full_text" : "You can now order the hand-stretched grissini online, delivered the next morning.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091832520095701139"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2091832520095701139/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr95701139",
            "media_url_https" : "https://pbs.twimg.com/media/fr95701139.jpg",
            "id_str" : "2091832520095701139",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "16",
      "id_str" : "2091832520095701139",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091832520095701139",
      "created_at" : "Mon Aug 24 10:18:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Vi presentiamo Rosa, che da vent'anni prepara la pizza in teglia con le sue mani.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Wright",
            "screen_name" : "oliviawright",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "96"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085534431494046175",
      "id_str" : "2085787477109658724",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085787477109658724",
      "in_reply_to_status_id" : "2085534431494046175",
      "created_at" : "Fri Aug 07 17:57:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviawright Hi Olivia! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviawright"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085493901540574949",
      "id_str" : "2085664873663274439",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085664873663274439",
      "in_reply_to_status_id" : "2085493901540574949",
      "created_at" : "Fri Aug 07 09:50:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviabennett Hi Olivia! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Chiara Vitale",
            "screen_name" : "chiaravitale",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "30"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085430007044488237",
      "id_str" : "2085551890414041707",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085551890414041707",
      "in_reply_to_status_id" : "2085430007044488237",
      "created_at" : "Fri Aug 07 02:21:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@chiaravitale Grazie Chiara! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "chiaravitale"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Jack Evans",
            "screen_name" : "jackevans",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085462718436707629",
      "id_str" : "2085544940241798332",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085544940241798332",
      "in_reply_to_status_id" : "2085462718436707629",
      "created_at" : "Fri Aug 07 01:53:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@jackevans Hi Jack! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "jackevans"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Luca Russo",
            "screen_name" : "lucarusso",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "111"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085456680927313775",
      "id_str" : "2085536279584377563",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085536279584377563",
      "in_reply_to_status_id" : "2085456680927313775",
      "created_at" : "Fri Aug 07 01:19:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucarusso Ciao Luca, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucarusso"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucy Wilson",
            "screen_name" : "lucywilson",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085447042787487744",
      "id_str" : "2085476467451580195",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085476467451580195",
      "in_reply_to_status_id" : "2085447042787487744",
      "created_at" : "Thu Aug 06 21:21:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucywilson Hi Lucy! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucywilson"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085398214099472847"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "45",
      "id_str" : "2085398214099472847",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2085398214099472847",
      "created_at" : "Thu Aug 06 16:10:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Avete mai provato il pane al farro appena uscito dal forno? Raccontateci!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084885905550401980"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2084885905550401980/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr50401980",
            "media_url_https" : "https://pbs.twimg.com/media/fr50401980.jpg",
            "id_str" : "2084885905550401980",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "25",
      "id_str" : "2084885905550401980",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2084885905550401980",
      "created_at" : "Wed Aug 05 06:15:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Behind the scenes at 4 a.m.: this is how the apricot crostata is made.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Federica Marino",
            "screen_name" : "federicamarino",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083811164056675101",
      "id_str" : "2083978550939200192",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083978550939200192",
      "in_reply_to_status_id" : "2083811164056675101",
      "created_at" : "Sun Aug 02 18:09:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@federicamarino Ciao Federica! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "federicamarino"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083781279020390716"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "24",
      "id_str" : "2083781279020390716",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2083781279020390716",
      "created_at" : "Sun Aug 02 05:05:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Vi presentiamo Rosa, che da vent'anni prepara i biscotti al burro con le sue mani.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alice Bruno",
            "screen_name" : "alicebruno",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "33"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2082952228218256676",
      "id_str" : "2083057552778006114",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083057552778006114",
      "in_reply_to_status_id" : "2082952228218256676",
      "created_at" : "Fri Jul 31 05:09:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@alicebruno Ti aspettiamo, Alice!",
      "lang" : "it",
      "in_reply_to_screen_name" : "alicebruno"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucy Taylor",
            "screen_name" : "lucytaylor",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "32"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2082910179225762750",
      "id_str" : "2082922426462826072",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082922426462826072",
      "in_reply_to_status_id" : "2082910179225762750",
      "created_at" : "Thu Jul 30 20:12:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucytaylor Ti aspettiamo, Lucy!",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucytaylor"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alice Bruno",
            "screen_name" : "alicebruno",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "27"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2082879792823592147",
      "id_str" : "2082905775324319079",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082905775324319079",
      "in_reply_to_status_id" : "2082879792823592147",
      "created_at" : "Thu Jul 30 19:06:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@alicebruno Grazie Alice! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "alicebruno"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucy Taylor",
            "screen_name" : "lucytaylor",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "65"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2082881014172549635",
      "id_str" : "2082886751503653866",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082886751503653866",
      "in_reply_to_status_id" : "2082881014172549635",
      "created_at" : "Thu Jul 30 17:51:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucytaylor Thank you Lucy, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucytaylor"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082863594862918173"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "29",
      "id_str" : "2082863594862918173",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2082863594862918173",
      "created_at" : "Thu Jul 30 16:19:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare la crostata di albicocche.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082509714036942386"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2082509714036942386/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr36942386",
            "media_url_https" : "https://pbs.twimg.com/media/fr36942386.jpg",
            "id_str" : "2082509714036942386",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "14",
      "id_str" : "2082509714036942386",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2082509714036942386",
      "created_at" : "Wed Jul 29 16:53:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare la colomba.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucía Gómez",
            "screen_name" : "luciagomez",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081041814693106409",
      "id_str" : "2081064505944540321",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081064505944540321",
      "in_reply_to_status_id" : "2081041814693106409",
      "created_at" : "Sat Jul 25 17:10:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@luciagomez Hi Lucía! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "luciagomez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Roberta Gallo",
            "screen_name" : "robertagallo",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "31"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080907882432508074",
      "id_str" : "2080955058968615167",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080955058968615167",
      "in_reply_to_status_id" : "2080907882432508074",
      "created_at" : "Sat Jul 25 09:55:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@robertagallo Grazie Roberta! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "robertagallo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080904351925743210"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2080904351925743210/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr25743210",
            "media_url_https" : "https://pbs.twimg.com/media/fr25743210.jpg",
            "id_str" : "2080904351925743210",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "8",
      "id_str" : "2080904351925743210",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2080904351925743210",
      "created_at" : "Sat Jul 25 06:33:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco le sfogliatelle.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Testa",
            "screen_name" : "marcotesta",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080178732081472077",
      "id_str" : "2080390794275286390",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080390794275286390",
      "in_reply_to_status_id" : "2080178732081472077",
      "created_at" : "Thu Jul 23 20:33:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcotesta Grazie Marco, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcotesta"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080169884896283247"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "29",
      "id_str" : "2080169884896283247",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2080169884896283247",
      "created_at" : "Thu Jul 23 05:55:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making grandma's custard tart by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ilaria Serra",
            "screen_name" : "ilariaserra",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079753533504533446",
      "id_str" : "2079839527904494352",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079839527904494352",
      "in_reply_to_status_id" : "2079753533504533446",
      "created_at" : "Wed Jul 22 08:02:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@ilariaserra Ciao Ilaria! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "ilariaserra"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Simone Mariani",
            "screen_name" : "simonemariani",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "87"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079556747818007229",
      "id_str" : "2079727196597783953",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079727196597783953",
      "in_reply_to_status_id" : "2079556747818007229",
      "created_at" : "Wed Jul 22 00:36:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@simonemariani Ciao Simone! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "simonemariani"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Valentina Santoro",
            "screen_name" : "valentinasantoro",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "84"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079561487783049867",
      "id_str" : "2079712976816872712",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079712976816872712",
      "in_reply_to_status_id" : "2079561487783049867",
      "created_at" : "Tue Jul 21 23:39:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@valentinasantoro Ciao Valentina! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "valentinasantoro"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Ferri",
            "screen_name" : "marcoferri",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079527166078772637",
      "id_str" : "2079667506929081438",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079667506929081438",
      "in_reply_to_status_id" : "2079527166078772637",
      "created_at" : "Tue Jul 21 20:39:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcoferri Ciao Marco! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcoferri"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Evans",
            "screen_name" : "oliviaevans",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "95"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079532092640095058",
      "id_str" : "2079663617874165617",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079663617874165617",
      "in_reply_to_status_id" : "2079532092640095058",
      "created_at" : "Tue Jul 21 20:23:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviaevans Hi Olivia! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviaevans"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sara Romano",
            "screen_name" : "sararomano",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "82"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079537235528318123",
      "id_str" : "2079662269092061304",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079662269092061304",
      "in_reply_to_status_id" : "2079537235528318123",
      "created_at" : "Tue Jul 21 20:18:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@sararomano Ciao Sara! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "sararomano"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079568590626741405",
      "id_str" : "2079634835408426359",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079634835408426359",
      "in_reply_to_status_id" : "2079568590626741405",
      "created_at" : "Tue Jul 21 18:29:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@davidegreco Ciao Davide! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lorenzo Romano",
            "screen_name" : "lorenzoromano",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079532105751432681",
      "id_str" : "2079577070564480549",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079577070564480549",
      "in_reply_to_status_id" : "2079532105751432681",
      "created_at" : "Tue Jul 21 14:39:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@lorenzoromano Che bello, grazie Lorenzo!",
      "lang" : "it",
      "in_reply_to_screen_name" : "lorenzoromano"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079516356005978014"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2079516356005978014/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr05978014",
            "media_url_https" : "https://pbs.twimg.com/media/fr05978014.jpg",
            "id_str" : "2079516356005978014",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "20",
      "id_str" : "2079516356005978014",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2079516356005978014",
      "created_at" : "Tue Jul 21 10:38:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Qual è il vostro preferito: la crostata di albicocche o il pane ai cereali?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Thomas Johnson",
            "screen_name" : "thomasjohnson",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "97"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078472296903732828",
      "id_str" : "2078578816570260709",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078578816570260709",
      "in_reply_to_status_id" : "2078472296903732828",
      "created_at" : "Sat Jul 18 20:33:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@thomasjohnson Hi Thomas! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "thomasjohnson"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078349270195335355"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "9",
      "id_str" : "2078349270195335355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078349270195335355",
      "created_at" : "Sat Jul 18 05:20:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making the sfogliatelle by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucy Taylor",
            "screen_name" : "lucytaylor",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077672395776327493",
      "id_str" : "2077719838936047770",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077719838936047770",
      "in_reply_to_status_id" : "2077672395776327493",
      "created_at" : "Thu Jul 16 11:39:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucytaylor Thanks Lucy, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucytaylor"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077648697480112759"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "16",
      "id_str" : "2077648697480112759",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2077648697480112759",
      "created_at" : "Thu Jul 16 06:57:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Domenica sforniamo il pane al farro: con o senza uvetta?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Smith",
            "screen_name" : "sophiesmith",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "32"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077105585217738770",
      "id_str" : "2077218089037360951",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077218089037360951",
      "in_reply_to_status_id" : "2077105585217738770",
      "created_at" : "Wed Jul 15 02:25:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@sophiesmith Thank you Sophie! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "sophiesmith"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077102759436606970"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2077102759436606970/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr36606970",
            "media_url_https" : "https://pbs.twimg.com/media/fr36606970.jpg",
            "id_str" : "2077102759436606970",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "14",
      "id_str" : "2077102759436606970",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2077102759436606970",
      "created_at" : "Tue Jul 14 18:47:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per la colomba:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Grace Roberts",
            "screen_name" : "graceroberts",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "95"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076011821341848004",
      "id_str" : "2076033759101174633",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076033759101174633",
      "in_reply_to_status_id" : "2076011821341848004",
      "created_at" : "Sat Jul 11 19:59:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@graceroberts Hi Grace! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "graceroberts"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076008842701212968"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2076008842701212968/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr01212968",
            "media_url_https" : "https://pbs.twimg.com/media/fr01212968.jpg",
            "id_str" : "2076008842701212968",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "15",
      "id_str" : "2076008842701212968",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2076008842701212968",
      "created_at" : "Sat Jul 11 18:20:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Catering for your office: would your team go for our Genoese focaccia?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075454014116206238"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2075454014116206238/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr16206238",
            "media_url_https" : "https://pbs.twimg.com/media/fr16206238.jpg",
            "id_str" : "2075454014116206238",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "16",
      "id_str" : "2075454014116206238",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2075454014116206238",
      "created_at" : "Fri Jul 10 05:36:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco il panettone.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074732479483575434"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "8",
      "id_str" : "2074732479483575434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074732479483575434",
      "created_at" : "Wed Jul 08 05:49:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: our Genoese focaccia. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "James Whitfield",
            "screen_name" : "jameswhitfield",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "97"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073848015070018420",
      "id_str" : "2074372772916995902",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074372772916995902",
      "in_reply_to_status_id" : "2073848015070018420",
      "created_at" : "Tue Jul 07 05:59:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@jameswhitfield Hi James! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "jameswhitfield"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073858115535099715",
      "id_str" : "2073948045854943691",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073948045854943691",
      "in_reply_to_status_id" : "2073858115535099715",
      "created_at" : "Mon Jul 06 01:52:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviabennett Hi Olivia, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073834804951007779"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2073834804951007779/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr51007779",
            "media_url_https" : "https://pbs.twimg.com/media/fr51007779.jpg",
            "id_str" : "2073834804951007779",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "15",
      "id_str" : "2073834804951007779",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2073834804951007779",
      "created_at" : "Sun Jul 05 18:22:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making the tray pizza by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073079462120490178"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2073079462120490178/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr20490178",
            "media_url_https" : "https://pbs.twimg.com/media/fr20490178.jpg",
            "id_str" : "2073079462120490178",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "21",
      "id_str" : "2073079462120490178",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2073079462120490178",
      "created_at" : "Fri Jul 03 16:20:34 +0000 2026",
      "favorited" : false,
      "full_text" : "This week's special is the butter biscuits, the way grandpa used to make it.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071915700389384280"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2071915700389384280/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr89384280",
            "media_url_https" : "https://pbs.twimg.com/media/fr89384280.jpg",
            "id_str" : "2071915700389384280",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "29",
      "id_str" : "2071915700389384280",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2071915700389384280",
      "created_at" : "Tue Jun 30 11:16:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Appena sfornato: le sfogliatelle. Vi aspettiamo in negozio fino alle 19!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Francesca Gentile",
            "screen_name" : "francescagentile",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "123"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2071183318984935333",
      "id_str" : "2071226499011440617",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2071226499011440617",
      "in_reply_to_status_id" : "2071183318984935333",
      "created_at" : "Sun Jun 28 13:37:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@francescagentile Ciao Francesca, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "francescagentile"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Noah Davies",
            "screen_name" : "noahdavies",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2071127387730262973",
      "id_str" : "2071148038559452494",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2071148038559452494",
      "in_reply_to_status_id" : "2071127387730262973",
      "created_at" : "Sun Jun 28 08:25:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@noahdavies Thanks Noah, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "noahdavies"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071123014190016532"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "34",
      "id_str" : "2071123014190016532",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2071123014190016532",
      "created_at" : "Sun Jun 28 06:46:20 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a baker's apprentice. Come and learn to make the tray pizza with us.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070378041687654903"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "31",
      "id_str" : "2070378041687654903",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2070378041687654903",
      "created_at" : "Fri Jun 26 05:26:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Appena sfornato: la torta della nonna. Vi aspettiamo in negozio fino alle 19!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "William White",
            "screen_name" : "williamwhite",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2069527599397112533",
      "id_str" : "2069541563505238576",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069541563505238576",
      "in_reply_to_status_id" : "2069527599397112533",
      "created_at" : "Tue Jun 23 22:02:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@williamwhite Hi William, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "williamwhite"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069463840261549891"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "34",
      "id_str" : "2069463840261549891",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2069463840261549891",
      "created_at" : "Tue Jun 23 16:53:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Questa settimana in vetrina c'è la focaccia genovese, fatto come lo faceva il nonno.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Martínez",
            "screen_name" : "hugomartinez",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2068486553490602704",
      "id_str" : "2068800271619323522",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068800271619323522",
      "in_reply_to_status_id" : "2068486553490602704",
      "created_at" : "Sun Jun 21 20:56:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@hugomartinez Hi Hugo! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "hugomartinez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Hughes",
            "screen_name" : "ellahughes",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "28"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2068603095159228335",
      "id_str" : "2068615590441090931",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068615590441090931",
      "in_reply_to_status_id" : "2068603095159228335",
      "created_at" : "Sun Jun 21 08:42:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@ellahughes A presto Ella! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellahughes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Wilson",
            "screen_name" : "oliviawilson",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "42"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2068365585328348825",
      "id_str" : "2068542372897167654",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068542372897167654",
      "in_reply_to_status_id" : "2068365585328348825",
      "created_at" : "Sun Jun 21 03:51:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviawilson So glad you like it, Olivia!",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviawilson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Hughes",
            "screen_name" : "ellahughes",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "68"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2068482620564273213",
      "id_str" : "2068502826014920980",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068502826014920980",
      "in_reply_to_status_id" : "2068482620564273213",
      "created_at" : "Sun Jun 21 01:14:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@ellahughes Hi Ella! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellahughes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Wilson",
            "screen_name" : "sophiewilson",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2068382017885296018",
      "id_str" : "2068431596623123492",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068431596623123492",
      "in_reply_to_status_id" : "2068382017885296018",
      "created_at" : "Sat Jun 20 20:31:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@sophiewilson Thank you Sophie, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "sophiewilson"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068364225353853241"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2068364225353853241/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr53853241",
            "media_url_https" : "https://pbs.twimg.com/media/fr53853241.jpg",
            "id_str" : "2068364225353853241",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "27",
      "id_str" : "2068364225353853241",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2068364225353853241",
      "created_at" : "Sat Jun 20 16:03:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Have you ever tasted the walnut bread straight from the oven? Tell us!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Ferrari",
            "screen_name" : "marcoferrari",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "35"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2068051097004438763",
      "id_str" : "2068273267095188136",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068273267095188136",
      "in_reply_to_status_id" : "2068051097004438763",
      "created_at" : "Sat Jun 20 10:02:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcoferrari Grazie mille Marco! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcoferrari"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alice Ferrari",
            "screen_name" : "aliceferrari",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "29"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2068026338780678014",
      "id_str" : "2068233122389412750",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068233122389412750",
      "in_reply_to_status_id" : "2068026338780678014",
      "created_at" : "Sat Jun 20 07:22:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@aliceferrari Grazie Alice! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "aliceferrari"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2068036854613771335",
      "id_str" : "2068065646812281209",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068065646812281209",
      "in_reply_to_status_id" : "2068036854613771335",
      "created_at" : "Fri Jun 19 20:17:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@alessiamarchetti Ciao Alessia! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068020368156494456"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "16",
      "id_str" : "2068020368156494456",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2068020368156494456",
      "created_at" : "Fri Jun 19 17:17:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Behind the scenes at 4 a.m.: this is how the panettone is made.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067309724384725785"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2067309724384725785/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr84725785",
            "media_url_https" : "https://pbs.twimg.com/media/fr84725785.jpg",
            "id_str" : "2067309724384725785",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "27",
      "id_str" : "2067309724384725785",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2067309724384725785",
      "created_at" : "Wed Jun 17 18:13:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Three ingredients, \"no secrets\", for the spelt loaf:\ngood flour, water, and time.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066128081725776560"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2066128081725776560/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr25776560",
            "media_url_https" : "https://pbs.twimg.com/media/fr25776560.jpg",
            "id_str" : "2066128081725776560",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "13",
      "id_str" : "2066128081725776560",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2066128081725776560",
      "created_at" : "Sun Jun 14 11:58:16 +0000 2026",
      "favorited" : false,
      "full_text" : "You can now order grandma's custard tart online, delivered the next morning.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Giulia Esposito",
            "screen_name" : "giuliaesposito",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2065064702492804522",
      "id_str" : "2065098984032615221",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065098984032615221",
      "in_reply_to_status_id" : "2065064702492804522",
      "created_at" : "Thu Jun 11 15:49:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@giuliaesposito Grazie mille Giulia! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "giuliaesposito"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Ferri",
            "screen_name" : "marcoferri",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2064974924448222418",
      "id_str" : "2064994732951445129",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064994732951445129",
      "in_reply_to_status_id" : "2064974924448222418",
      "created_at" : "Thu Jun 11 08:54:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcoferri Ciao Marco! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcoferri"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064953056858890076"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "10",
      "id_str" : "2064953056858890076",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2064953056858890076",
      "created_at" : "Thu Jun 11 06:09:08 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a baker's apprentice. Come and learn to make our Genoese focaccia with us.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063865475063490784"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "19",
      "id_str" : "2063865475063490784",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2063865475063490784",
      "created_at" : "Mon Jun 08 06:07:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Behind the scenes at 4 a.m.: this is how the sfogliatelle is made.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063496694050442095"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2063496694050442095/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr50442095",
            "media_url_https" : "https://pbs.twimg.com/media/fr50442095.jpg",
            "id_str" : "2063496694050442095",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "14",
      "id_str" : "2063496694050442095",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2063496694050442095",
      "created_at" : "Sun Jun 07 05:42:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per il pane con le noci:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062850858988735611"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2062850858988735611/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr88735611",
            "media_url_https" : "https://pbs.twimg.com/media/fr88735611.jpg",
            "id_str" : "2062850858988735611",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "13",
      "id_str" : "2062850858988735611",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2062850858988735611",
      "created_at" : "Fri Jun 05 10:55:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Appena sfornato: il panettone. Vi aspettiamo in negozio fino alle 19!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061676812419598210"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "21",
      "id_str" : "2061676812419598210",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2061676812419598210",
      "created_at" : "Tue Jun 02 05:10:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Che cosa vorreste trovare accanto a i biscotti al burro la prossima settimana?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Pérez",
            "screen_name" : "sofiaperez",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2060880421095406611",
      "id_str" : "2060927456386586475",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060927456386586475",
      "in_reply_to_status_id" : "2060880421095406611",
      "created_at" : "Sun May 31 03:32:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@sofiaperez Hi Sofía! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "sofiaperez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Noah White",
            "screen_name" : "noahwhite",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "37"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2060671799469356269",
      "id_str" : "2060722687633162264",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060722687633162264",
      "in_reply_to_status_id" : "2060671799469356269",
      "created_at" : "Sat May 30 13:59:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@noahwhite Thanks Noah, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "noahwhite"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Gabriele Marino",
            "screen_name" : "gabrielemarino",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "43"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2060658824688867251",
      "id_str" : "2060677385336997480",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060677385336997480",
      "in_reply_to_status_id" : "2060658824688867251",
      "created_at" : "Sat May 30 10:59:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@gabrielemarino Che bello, grazie Gabriele!",
      "lang" : "it",
      "in_reply_to_screen_name" : "gabrielemarino"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060593935453262170"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "13",
      "id_str" : "2060593935453262170",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2060593935453262170",
      "created_at" : "Sat May 30 05:27:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Vi presentiamo Rosa, che da vent'anni prepara la colomba con le sue mani.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Brown",
            "screen_name" : "sophiebrown",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "68"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2060298734390204717",
      "id_str" : "2060319339674571878",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060319339674571878",
      "in_reply_to_status_id" : "2060298734390204717",
      "created_at" : "Fri May 29 11:16:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@sophiebrown Thank you Sophie, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "sophiebrown"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060234212846403294"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "15",
      "id_str" : "2060234212846403294",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2060234212846403294",
      "created_at" : "Fri May 29 05:38:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Vi presentiamo Rosa, che da vent'anni prepara la crostata di albicocche con le sue mani.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059512519246451831"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2059512519246451831/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr46451831",
            "media_url_https" : "https://pbs.twimg.com/media/fr46451831.jpg",
            "id_str" : "2059512519246451831",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "10",
      "id_str" : "2059512519246451831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2059512519246451831",
      "created_at" : "Wed May 27 05:50:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Three generations, one oven: the story behind the Easter colomba.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "35"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2058237131249146053",
      "id_str" : "2058262857994459000",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2058262857994459000",
      "in_reply_to_status_id" : "2058237131249146053",
      "created_at" : "Sat May 23 19:04:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@davidegreco Ti aspettiamo, Davide!",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2058099228174185357",
      "id_str" : "2058189803152594265",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2058189803152594265",
      "in_reply_to_status_id" : "2058099228174185357",
      "created_at" : "Sat May 23 14:14:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@davidegreco Ciao Davide! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Walker",
            "screen_name" : "ellawalker",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "29"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2058074632904066721",
      "id_str" : "2058099404401290327",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2058099404401290327",
      "in_reply_to_status_id" : "2058074632904066721",
      "created_at" : "Sat May 23 08:15:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@ellawalker Thank you Ella! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellawalker"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058069989511761273"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2058069989511761273/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr11761273",
            "media_url_https" : "https://pbs.twimg.com/media/fr11761273.jpg",
            "id_str" : "2058069989511761273",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "4",
      "id_str" : "2058069989511761273",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2058069989511761273",
      "created_at" : "Sat May 23 06:18:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Three generations, one oven: the story behind the hand-stretched grissini.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056980801672005424"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "2056980801672005424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2056980801672005424",
      "created_at" : "Wed May 20 06:10:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: grandma's custard tart. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Gallo",
            "screen_name" : "marcogallo",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2056806434252269147",
      "id_str" : "2056877056157812568",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2056877056157812568",
      "in_reply_to_status_id" : "2056806434252269147",
      "created_at" : "Tue May 19 23:17:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcogallo Ciao Marco! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcogallo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Oliver Smith",
            "screen_name" : "oliversmith",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "68"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2056819702321349903",
      "id_str" : "2056859806973847903",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2056859806973847903",
      "in_reply_to_status_id" : "2056819702321349903",
      "created_at" : "Tue May 19 22:09:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliversmith Thank you Oliver, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliversmith"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056772263279407716"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "22",
      "id_str" : "2056772263279407716",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2056772263279407716",
      "created_at" : "Tue May 19 16:21:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco i grissini stirati a mano.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Matteo Ricci",
            "screen_name" : "matteoricci",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2055852103565315297",
      "id_str" : "2055905452170837993",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055905452170837993",
      "in_reply_to_status_id" : "2055852103565315297",
      "created_at" : "Sun May 17 06:57:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@matteoricci Ciao Matteo, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "matteoricci"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055687288767967392"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "20",
      "id_str" : "2055687288767967392",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2055687288767967392",
      "created_at" : "Sat May 16 16:30:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Dietro le quinte alle 4 del mattino: così nasce il pane con le noci.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Francesca Martinelli",
            "screen_name" : "francescamartinelli",
            "indices" : [
              "0",
              "20"
            ]
          }
        ]
      },
      "display_text_range" : [
        "21",
        "49"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2055386541209397789",
      "id_str" : "2055403889613192097",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055403889613192097",
      "in_reply_to_status_id" : "2055386541209397789",
      "created_at" : "Fri May 15 21:44:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@francescamartinelli Che bello, grazie Francesca!",
      "lang" : "it",
      "in_reply_to_screen_name" : "francescamartinelli"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Matteo Serra",
            "screen_name" : "matteoserra",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "29"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2055339458344024951",
      "id_str" : "2055357601002040034",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055357601002040034",
      "in_reply_to_status_id" : "2055339458344024951",
      "created_at" : "Fri May 15 18:40:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@matteoserra Grazie Matteo! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "matteoserra"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055324872612233212"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "13",
      "id_str" : "2055324872612233212",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2055324872612233212",
      "created_at" : "Fri May 15 16:30:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Three ingredients, \"no secrets\", for the hand-stretched grissini:\ngood flour, water, and time.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lorenzo Romano",
            "screen_name" : "lorenzoromano",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "32"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2054858082766661492",
      "id_str" : "2054981214227197610",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054981214227197610",
      "in_reply_to_status_id" : "2054858082766661492",
      "created_at" : "Thu May 14 17:44:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@lorenzoromano Grazie Lorenzo! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "lorenzoromano"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Riccardo Santoro",
            "screen_name" : "riccardosantoro",
            "indices" : [
              "0",
              "16"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2054762732238686754",
      "id_str" : "2054773386176031582",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054773386176031582",
      "in_reply_to_status_id" : "2054762732238686754",
      "created_at" : "Thu May 14 03:58:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@riccardosantoro Ciao Riccardo! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "riccardosantoro"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054593349854078354"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "11",
      "id_str" : "2054593349854078354",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2054593349854078354",
      "created_at" : "Wed May 13 16:03:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Have you ever tasted the apricot crostata straight from the oven? Tell us!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Riccardo Ferrari",
            "screen_name" : "riccardoferrari",
            "indices" : [
              "0",
              "16"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "44"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2053451625457343551",
      "id_str" : "2053546534029832492",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053546534029832492",
      "in_reply_to_status_id" : "2053451625457343551",
      "created_at" : "Sun May 10 18:43:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@riccardoferrari Che bello, grazie Riccardo!",
      "lang" : "it",
      "in_reply_to_screen_name" : "riccardoferrari"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053438278096354057"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "7",
      "id_str" : "2053438278096354057",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2053438278096354057",
      "created_at" : "Sun May 10 11:33:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: the hand-stretched grissini. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052421034662212810"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2052421034662212810/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr62212810",
            "media_url_https" : "https://pbs.twimg.com/media/fr62212810.jpg",
            "id_str" : "2052421034662212810",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "11",
      "id_str" : "2052421034662212810",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2052421034662212810",
      "created_at" : "Thu May 07 16:11:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Three generations, one oven: the story behind the sfogliatelle.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Wright",
            "screen_name" : "oliviawright",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "33"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2051341671095093181",
      "id_str" : "2051439417095789521",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051439417095789521",
      "in_reply_to_status_id" : "2051341671095093181",
      "created_at" : "Mon May 04 23:10:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviawright Thank you Olivia! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviawright"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sophie White",
            "screen_name" : "sophiewhite",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "32"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2051299813039632482",
      "id_str" : "2051307749735523444",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051307749735523444",
      "in_reply_to_status_id" : "2051299813039632482",
      "created_at" : "Mon May 04 14:27:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@sophiewhite Thank you Sophie! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "sophiewhite"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Noah Smith",
            "screen_name" : "noahsmith",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2051217808731952789",
      "id_str" : "2051257027812283160",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051257027812283160",
      "in_reply_to_status_id" : "2051217808731952789",
      "created_at" : "Mon May 04 11:06:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@noahsmith Hi Noah! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "noahsmith"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Stefano Ricci",
            "screen_name" : "stefanoricci",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "40"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2051229862358894106",
      "id_str" : "2051251296384128515",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051251296384128515",
      "in_reply_to_status_id" : "2051229862358894106",
      "created_at" : "Mon May 04 10:43:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@stefanoricci Che bello, grazie Stefano!",
      "lang" : "it",
      "in_reply_to_screen_name" : "stefanoricci"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2051187352602085948",
      "id_str" : "2051204679037032319",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051204679037032319",
      "in_reply_to_status_id" : "2051187352602085948",
      "created_at" : "Mon May 04 07:37:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviabennett Hi Olivia! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Noah Roberts",
            "screen_name" : "noahroberts",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2051187673646318484",
      "id_str" : "2051194237640129611",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051194237640129611",
      "in_reply_to_status_id" : "2051187673646318484",
      "created_at" : "Mon May 04 06:56:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@noahroberts Hi Noah! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "noahroberts"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051184148927770712"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2051184148927770712/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr27770712",
            "media_url_https" : "https://pbs.twimg.com/media/fr27770712.jpg",
            "id_str" : "2051184148927770712",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "30",
      "id_str" : "2051184148927770712",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2051184148927770712",
      "created_at" : "Mon May 04 06:16:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Che cosa vorreste trovare accanto a la torta della nonna la prossima settimana?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051176996425975783"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "14",
      "id_str" : "2051176996425975783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051176996425975783",
      "created_at" : "Mon May 04 05:47:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Three ingredients, \"no secrets\", for the spelt loaf:\ngood flour, water, and time.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Francesca Ferraro",
            "screen_name" : "francescaferraro",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "43"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2049807491389238519",
      "id_str" : "2049997929921994317",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049997929921994317",
      "in_reply_to_status_id" : "2049807491389238519",
      "created_at" : "Thu Apr 30 23:42:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@francescaferraro Grazie mille Francesca! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "francescaferraro"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Grace Wright",
            "screen_name" : "gracewright",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2049857697087369619",
      "id_str" : "2049892890472521882",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049892890472521882",
      "in_reply_to_status_id" : "2049857697087369619",
      "created_at" : "Thu Apr 30 16:45:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@gracewright Thank you Grace, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "gracewright"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Silvia Longo",
            "screen_name" : "silvialongo",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2049821581025878695",
      "id_str" : "2049883442416001813",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049883442416001813",
      "in_reply_to_status_id" : "2049821581025878695",
      "created_at" : "Thu Apr 30 16:07:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@silvialongo Ciao Silvia, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "silvialongo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "James Whitfield",
            "screen_name" : "jameswhitfield",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "97"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2049838521045294681",
      "id_str" : "2049870490904935762",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049870490904935762",
      "in_reply_to_status_id" : "2049838521045294681",
      "created_at" : "Thu Apr 30 15:16:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@jameswhitfield Hi James! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "jameswhitfield"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049796865990965419"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2049796865990965419/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr90965419",
            "media_url_https" : "https://pbs.twimg.com/media/fr90965419.jpg",
            "id_str" : "2049796865990965419",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "14",
      "id_str" : "2049796865990965419",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2049796865990965419",
      "created_at" : "Thu Apr 30 10:23:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Catering for your office: would your team go for grandma's custard tart?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alice Gallo",
            "screen_name" : "alicegallo",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2049545356371572763",
      "id_str" : "2049629984122324463",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049629984122324463",
      "in_reply_to_status_id" : "2049545356371572763",
      "created_at" : "Wed Apr 29 23:20:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@alicegallo Ciao Alice! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alicegallo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Roberta Serra",
            "screen_name" : "robertaserra",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "78"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2049500431897127071",
      "id_str" : "2049511141140704720",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049511141140704720",
      "in_reply_to_status_id" : "2049500431897127071",
      "created_at" : "Wed Apr 29 15:28:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@robertaserra Ciao Roberta! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "robertaserra"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Walker",
            "screen_name" : "sophiewalker",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2049466782934150219",
      "id_str" : "2049490676285786825",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049490676285786825",
      "in_reply_to_status_id" : "2049466782934150219",
      "created_at" : "Wed Apr 29 14:07:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@sophiewalker Thank you Sophie, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "sophiewalker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Gallo",
            "screen_name" : "marcogallo",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "27"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2049467517877940147",
      "id_str" : "2049472677711756706",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049472677711756706",
      "in_reply_to_status_id" : "2049467517877940147",
      "created_at" : "Wed Apr 29 12:55:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcogallo Grazie Marco! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcogallo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049451639580083196"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2049451639580083196/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr80083196",
            "media_url_https" : "https://pbs.twimg.com/media/fr80083196.jpg",
            "id_str" : "2049451639580083196",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "7",
      "id_str" : "2049451639580083196",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2049451639580083196",
      "created_at" : "Wed Apr 29 11:32:02 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a baker's apprentice. Come and learn to make the hand-stretched grissini with us.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048291516374173271"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2048291516374173271/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr74173271",
            "media_url_https" : "https://pbs.twimg.com/media/fr74173271.jpg",
            "id_str" : "2048291516374173271",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "10",
      "id_str" : "2048291516374173271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2048291516374173271",
      "created_at" : "Sun Apr 26 06:42:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Dietro le quinte alle 4 del mattino: così nasce la crostata di albicocche.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047265160232639494"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2047265160232639494/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr32639494",
            "media_url_https" : "https://pbs.twimg.com/media/fr32639494.jpg",
            "id_str" : "2047265160232639494",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "9",
      "id_str" : "2047265160232639494",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2047265160232639494",
      "created_at" : "Thu Apr 23 10:43:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco la colomba.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Ferri",
            "screen_name" : "marcoferri",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2046868685425094385",
      "id_str" : "2046887017195731950",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046887017195731950",
      "in_reply_to_status_id" : "2046868685425094385",
      "created_at" : "Wed Apr 22 09:41:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcoferri Ciao Marco! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcoferri"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046827497470667236"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "6",
      "id_str" : "2046827497470667236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046827497470667236",
      "created_at" : "Wed Apr 22 05:44:38 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a baker's apprentice. Come and learn to make the tray pizza with us.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045933013234325149"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "23",
      "id_str" : "2045933013234325149",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2045933013234325149",
      "created_at" : "Sun Apr 19 18:30:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Appena sfornato: i grissini stirati a mano. Vi aspettiamo in negozio fino alle 19!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045014227702566255"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "29",
      "id_str" : "2045014227702566255",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2045014227702566255",
      "created_at" : "Fri Apr 17 05:39:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Three ingredients, \"no secrets\", for grandma's custard tart:\ngood flour, water, and time.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Giulia Serra",
            "screen_name" : "giuliaserra",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "31"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2044197556445962031",
      "id_str" : "2044228721142350333",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044228721142350333",
      "in_reply_to_status_id" : "2044197556445962031",
      "created_at" : "Wed Apr 15 01:38:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@giuliaserra A presto Giulia! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "giuliaserra"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Giulia Serra",
            "screen_name" : "giuliaserra",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2044023732397691290",
      "id_str" : "2044075656255399358",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044075656255399358",
      "in_reply_to_status_id" : "2044023732397691290",
      "created_at" : "Tue Apr 14 15:29:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@giuliaserra Ciao Giulia! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "giuliaserra"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucy White",
            "screen_name" : "lucywhite",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "28"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2043948599820809102",
      "id_str" : "2044020306573625007",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044020306573625007",
      "in_reply_to_status_id" : "2043948599820809102",
      "created_at" : "Tue Apr 14 11:49:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucywhite Thank you Lucy! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucywhite"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "97"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2043928633713277247",
      "id_str" : "2043953820183461964",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2043953820183461964",
      "in_reply_to_status_id" : "2043928633713277247",
      "created_at" : "Tue Apr 14 07:25:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviabennett Hi Olivia! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043917409448167337"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "15",
      "id_str" : "2043917409448167337",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2043917409448167337",
      "created_at" : "Tue Apr 14 05:00:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Che cosa vorreste trovare accanto a la focaccia genovese la prossima settimana?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Harry Smith",
            "screen_name" : "harrysmith",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "66"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2043647113765462201",
      "id_str" : "2043686504084679241",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2043686504084679241",
      "in_reply_to_status_id" : "2043647113765462201",
      "created_at" : "Mon Apr 13 13:43:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@harrysmith Thank you Harry, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "harrysmith"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "70"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2043576814416077920",
      "id_str" : "2043629707002117025",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2043629707002117025",
      "in_reply_to_status_id" : "2043576814416077920",
      "created_at" : "Mon Apr 13 09:57:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviabennett Thank you Olivia, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043556988797698434"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2043556988797698434/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr97698434",
            "media_url_https" : "https://pbs.twimg.com/media/fr97698434.jpg",
            "id_str" : "2043556988797698434",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "11",
      "id_str" : "2043556988797698434",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2043556988797698434",
      "created_at" : "Mon Apr 13 05:08:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Avete mai provato la colomba appena uscito dal forno? Raccontateci!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Noah Jones",
            "screen_name" : "noahjones",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2042011032782461669",
      "id_str" : "2042056086802493538",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042056086802493538",
      "in_reply_to_status_id" : "2042011032782461669",
      "created_at" : "Thu Apr 09 01:44:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@noahjones Hi Noah! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "noahjones"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Anna Schmidt",
            "screen_name" : "annaschmidt",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "39"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2041985377398213575",
      "id_str" : "2042024782761538037",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042024782761538037",
      "in_reply_to_status_id" : "2041985377398213575",
      "created_at" : "Wed Apr 08 23:40:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@annaschmidt Thanks Anna, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "annaschmidt"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Pietro Romano",
            "screen_name" : "pietroromano",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "39"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2041860777003574375",
      "id_str" : "2041867988178204171",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041867988178204171",
      "in_reply_to_status_id" : "2041860777003574375",
      "created_at" : "Wed Apr 08 13:17:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@pietroromano Che bello, grazie Pietro!",
      "lang" : "it",
      "in_reply_to_screen_name" : "pietroromano"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041841342985873713"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "22",
      "id_str" : "2041841342985873713",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2041841342985873713",
      "created_at" : "Wed Apr 08 11:31:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Appena sfornato: i cornetti integrali. Vi aspettiamo in negozio fino alle 19!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041195499806430129"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "36",
      "id_str" : "2041195499806430129",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2041195499806430129",
      "created_at" : "Mon Apr 06 16:45:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Dietro le quinte alle 4 del mattino: così nasce i cornetti integrali.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Oliver Smith",
            "screen_name" : "oliversmith",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2041118293876812542",
      "id_str" : "2041136038940404315",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041136038940404315",
      "in_reply_to_status_id" : "2041118293876812542",
      "created_at" : "Mon Apr 06 12:48:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliversmith Thanks Oliver, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliversmith"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Chiara Gallo",
            "screen_name" : "chiaragallo",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2040734551407617101",
      "id_str" : "2040878728479060206",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040878728479060206",
      "in_reply_to_status_id" : "2040734551407617101",
      "created_at" : "Sun Apr 05 19:46:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@chiaragallo Che bello, grazie Chiara!",
      "lang" : "it",
      "in_reply_to_screen_name" : "chiaragallo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lukas Schneider",
            "screen_name" : "lukasschneider",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "97"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2040725052270809977",
      "id_str" : "2040730438337027114",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040730438337027114",
      "in_reply_to_status_id" : "2040725052270809977",
      "created_at" : "Sun Apr 05 09:57:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@lukasschneider Hi Lukas! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "lukasschneider"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040685727080136506"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2040685727080136506/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr80136506",
            "media_url_https" : "https://pbs.twimg.com/media/fr80136506.jpg",
            "id_str" : "2040685727080136506",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "22",
      "id_str" : "2040685727080136506",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2040685727080136506",
      "created_at" : "Sun Apr 05 06:59:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Vi presentiamo Rosa, che da vent'anni prepara il pane con le noci con le sue mani.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040010436536417539"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "25",
      "id_str" : "2040010436536417539",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2040010436536417539",
      "created_at" : "Fri Apr 03 10:16:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per la focaccia genovese:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Matteo Russo",
            "screen_name" : "matteorusso",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2039291138002024095",
      "id_str" : "2039347199858708048",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039347199858708048",
      "in_reply_to_status_id" : "2039291138002024095",
      "created_at" : "Wed Apr 01 14:20:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@matteorusso Ciao Matteo! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "matteorusso"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Oliver Smith",
            "screen_name" : "oliversmith",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "68"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2038690174122747617",
      "id_str" : "2038713846769073199",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2038713846769073199",
      "in_reply_to_status_id" : "2038690174122747617",
      "created_at" : "Mon Mar 30 20:23:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliversmith Thank you Oliver, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliversmith"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2038493083071753131"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "29",
      "id_str" : "2038493083071753131",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2038493083071753131",
      "created_at" : "Mon Mar 30 05:46:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare la pizza in teglia.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037938704948199425"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "11",
      "id_str" : "2037938704948199425",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2037938704948199425",
      "created_at" : "Sat Mar 28 17:03:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Vi presentiamo Rosa, che da vent'anni prepara la pizza in teglia con le sue mani.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Francesca Rinaldi",
            "screen_name" : "francescarinaldi",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "39"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2037403681601785869",
      "id_str" : "2037450561134555137",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2037450561134555137",
      "in_reply_to_status_id" : "2037403681601785869",
      "created_at" : "Fri Mar 27 08:44:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@francescarinaldi A presto Francesca! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "francescarinaldi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Francesca Rinaldi",
            "screen_name" : "francescarinaldi",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "123"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2037349995676418810",
      "id_str" : "2037375860505129216",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2037375860505129216",
      "in_reply_to_status_id" : "2037349995676418810",
      "created_at" : "Fri Mar 27 03:47:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@francescarinaldi Ciao Francesca, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "francescarinaldi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Walker",
            "screen_name" : "oliviawalker",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "96"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2037323548451566906",
      "id_str" : "2037366838596029691",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2037366838596029691",
      "in_reply_to_status_id" : "2037323548451566906",
      "created_at" : "Fri Mar 27 03:11:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviawalker Hi Olivia! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviawalker"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037240484410928474"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "20",
      "id_str" : "2037240484410928474",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2037240484410928474",
      "created_at" : "Thu Mar 26 18:49:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Da oggi il panettone si ordina anche online, con consegna il giorno dopo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "James Williams",
            "screen_name" : "jameswilliams",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "32"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2036585890943319748",
      "id_str" : "2036976036574593137",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2036976036574593137",
      "in_reply_to_status_id" : "2036585890943319748",
      "created_at" : "Thu Mar 26 01:18:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@jameswilliams A presto James! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "jameswilliams"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "James Williams",
            "screen_name" : "jameswilliams",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2036543625996871250",
      "id_str" : "2036577153194158656",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2036577153194158656",
      "in_reply_to_status_id" : "2036543625996871250",
      "created_at" : "Tue Mar 24 22:53:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@jameswilliams Thank you James, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "jameswilliams"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036335855893174334"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "11",
      "id_str" : "2036335855893174334",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2036335855893174334",
      "created_at" : "Tue Mar 24 06:54:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Three ingredients, \"no secrets\", for the Easter colomba:\ngood flour, water, and time.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "37"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2035681643617530741",
      "id_str" : "2035684229379695811",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2035684229379695811",
      "in_reply_to_status_id" : "2035681643617530741",
      "created_at" : "Sun Mar 22 11:45:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@alessiamarchetti A presto Alessia! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lorenzo Ferraro",
            "screen_name" : "lorenzoferraro",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "89"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2035342329372670576",
      "id_str" : "2035355856514509909",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2035355856514509909",
      "in_reply_to_status_id" : "2035342329372670576",
      "created_at" : "Sat Mar 21 14:00:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@lorenzoferraro Ciao Lorenzo! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "lorenzoferraro"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Grace Johnson",
            "screen_name" : "gracejohnson",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2035295510490131457",
      "id_str" : "2035309382491023017",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2035309382491023017",
      "in_reply_to_status_id" : "2035295510490131457",
      "created_at" : "Sat Mar 21 10:55:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@gracejohnson Hi Grace, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "gracejohnson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "82"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2035263312250961151",
      "id_str" : "2035306767734929844",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2035306767734929844",
      "in_reply_to_status_id" : "2035263312250961151",
      "created_at" : "Sat Mar 21 10:45:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@alessiamarchetti Ciao Alessia! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Davies",
            "screen_name" : "elladavies",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2035244750656703147",
      "id_str" : "2035256235375969026",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2035256235375969026",
      "in_reply_to_status_id" : "2035244750656703147",
      "created_at" : "Sat Mar 21 07:24:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@elladavies Thanks Ella, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "elladavies"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035243742787688956"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "23",
      "id_str" : "2035243742787688956",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2035243742787688956",
      "created_at" : "Sat Mar 21 06:34:55 +0000 2026",
      "favorited" : false,
      "full_text" : "What would you like to find next to grandma's custard tart next week?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035057900643844557"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "13",
      "id_str" : "2035057900643844557",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2035057900643844557",
      "created_at" : "Fri Mar 20 18:16:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Da oggi la focaccia genovese si ordina anche online, con consegna il giorno dopo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033803094432672320"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2033803094432672320/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr32672320",
            "media_url_https" : "https://pbs.twimg.com/media/fr32672320.jpg",
            "id_str" : "2033803094432672320",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "25",
      "id_str" : "2033803094432672320",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2033803094432672320",
      "created_at" : "Tue Mar 17 07:10:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco le sfogliatelle.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033254753529768116"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "12",
      "id_str" : "2033254753529768116",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2033254753529768116",
      "created_at" : "Sun Mar 15 18:51:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Da oggi il panettone si ordina anche online, con consegna il giorno dopo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032170919347780443"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "14",
      "id_str" : "2032170919347780443",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2032170919347780443",
      "created_at" : "Thu Mar 12 19:04:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making the spelt loaf by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Giulia Ferraro",
            "screen_name" : "giuliaferraro",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "37"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2031868568210476468",
      "id_str" : "2031906279384715869",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2031906279384715869",
      "in_reply_to_status_id" : "2031868568210476468",
      "created_at" : "Thu Mar 12 01:33:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@giuliaferraro Grazie mille Giulia! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "giuliaferraro"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "82"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2031834730751077175",
      "id_str" : "2031901696341262545",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2031901696341262545",
      "in_reply_to_status_id" : "2031834730751077175",
      "created_at" : "Thu Mar 12 01:14:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@alessiamarchetti Ciao Alessia! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Johnson",
            "screen_name" : "ellajohnson",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2031851712235606049",
      "id_str" : "2031856925453152217",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2031856925453152217",
      "in_reply_to_status_id" : "2031851712235606049",
      "created_at" : "Wed Mar 11 22:16:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@ellajohnson Hi Ella! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellajohnson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Brown",
            "screen_name" : "sophiebrown",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2031825227135074294",
      "id_str" : "2031840734598846234",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2031840734598846234",
      "in_reply_to_status_id" : "2031825227135074294",
      "created_at" : "Wed Mar 11 21:12:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@sophiebrown Hi Sophie, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "sophiebrown"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031801154572205136"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2031801154572205136/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr72205136",
            "media_url_https" : "https://pbs.twimg.com/media/fr72205136.jpg",
            "id_str" : "2031801154572205136",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "11",
      "id_str" : "2031801154572205136",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2031801154572205136",
      "created_at" : "Wed Mar 11 18:35:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco i cornetti integrali.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "70"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2030351255964595631",
      "id_str" : "2030382181972972857",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2030382181972972857",
      "in_reply_to_status_id" : "2030351255964595631",
      "created_at" : "Sat Mar 07 20:36:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviabennett Thank you Olivia, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030247630962234962"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "25",
      "id_str" : "2030247630962234962",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2030247630962234962",
      "created_at" : "Sat Mar 07 11:42:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Three ingredients, \"no secrets\", for the Easter colomba:\ngood flour, water, and time.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Williams",
            "screen_name" : "ellawilliams",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2030086144188145400",
      "id_str" : "2030115867259607451",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2030115867259607451",
      "in_reply_to_status_id" : "2030086144188145400",
      "created_at" : "Sat Mar 07 02:58:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@ellawilliams Hi Ella, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellawilliams"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029805853661247246"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "13",
      "id_str" : "2029805853661247246",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2029805853661247246",
      "created_at" : "Fri Mar 06 06:26:42 +0000 2026",
      "favorited" : false,
      "full_text" : "You can now order the walnut bread online, delivered the next morning.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Jack Davies",
            "screen_name" : "jackdavies",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "65"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2028380861201511501",
      "id_str" : "2028395653764174536",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2028395653764174536",
      "in_reply_to_status_id" : "2028380861201511501",
      "created_at" : "Mon Mar 02 09:03:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@jackdavies Thank you Jack, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "jackdavies"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028354004967955622"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2028354004967955622/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr67955622",
            "media_url_https" : "https://pbs.twimg.com/media/fr67955622.jpg",
            "id_str" : "2028354004967955622",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "23",
      "id_str" : "2028354004967955622",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2028354004967955622",
      "created_at" : "Mon Mar 02 06:17:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Have you ever tasted the apricot crostata straight from the oven? Tell us!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "James Hughes",
            "screen_name" : "jameshughes",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2027796750232274817",
      "id_str" : "2027802579856624513",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027802579856624513",
      "in_reply_to_status_id" : "2027796750232274817",
      "created_at" : "Sat Feb 28 17:46:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@jameshughes Hi James! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "jameshughes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2027661791224347737",
      "id_str" : "2027681860701243129",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027681860701243129",
      "in_reply_to_status_id" : "2027661791224347737",
      "created_at" : "Sat Feb 28 09:46:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@davidegreco Ciao Davide! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027652570872713816"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "11",
      "id_str" : "2027652570872713816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027652570872713816",
      "created_at" : "Sat Feb 28 07:50:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Dietro le quinte alle 4 del mattino: così nasce il pane al farro.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027434222329589735"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "14",
      "id_str" : "2027434222329589735",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2027434222329589735",
      "created_at" : "Fri Feb 27 17:22:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco la crostata di albicocche.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Amelia Hughes",
            "screen_name" : "ameliahughes",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "33"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2026448076128224134",
      "id_str" : "2026490457697888987",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026490457697888987",
      "in_reply_to_status_id" : "2026448076128224134",
      "created_at" : "Wed Feb 25 02:52:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@ameliahughes Thank you Amelia! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "ameliahughes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Fabio Esposito",
            "screen_name" : "fabioesposito",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "84"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2026393296250969546",
      "id_str" : "2026430723003223636",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026430723003223636",
      "in_reply_to_status_id" : "2026393296250969546",
      "created_at" : "Tue Feb 24 22:55:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@fabioesposito Grazie Fabio, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "fabioesposito"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "William Taylor",
            "screen_name" : "williamtaylor",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "44"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2026271931816267671",
      "id_str" : "2026321957597767472",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026321957597767472",
      "in_reply_to_status_id" : "2026271931816267671",
      "created_at" : "Tue Feb 24 15:42:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@williamtaylor Thanks William, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "williamtaylor"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Oliver Jones",
            "screen_name" : "oliverjones",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2026293296536646919",
      "id_str" : "2026315847551406983",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026315847551406983",
      "in_reply_to_status_id" : "2026293296536646919",
      "created_at" : "Tue Feb 24 15:18:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliverjones Hi Oliver! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliverjones"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Amelia Wilson",
            "screen_name" : "ameliawilson",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "72"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2026262651631039796",
      "id_str" : "2026268638001637521",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026268638001637521",
      "in_reply_to_status_id" : "2026262651631039796",
      "created_at" : "Tue Feb 24 12:11:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@ameliawilson Hi Amelia! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "ameliawilson"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026261625611443460"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2026261625611443460/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr11443460",
            "media_url_https" : "https://pbs.twimg.com/media/fr11443460.jpg",
            "id_str" : "2026261625611443460",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "22",
      "id_str" : "2026261625611443460",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2026261625611443460",
      "created_at" : "Tue Feb 24 11:43:12 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a baker's apprentice. Come and learn to make the sfogliatelle with us.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Stefano Romano",
            "screen_name" : "stefanoromano",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "79"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2025513999163619889",
      "id_str" : "2025556278532216856",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2025556278532216856",
      "in_reply_to_status_id" : "2025513999163619889",
      "created_at" : "Sun Feb 22 13:00:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@stefanoromano Ciao Stefano! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "stefanoromano"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Noah Roberts",
            "screen_name" : "noahroberts",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "66"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2025491008035078320",
      "id_str" : "2025509353623827885",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2025509353623827885",
      "in_reply_to_status_id" : "2025491008035078320",
      "created_at" : "Sun Feb 22 09:53:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@noahroberts Thank you Noah, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "noahroberts"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025467159264839732"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2025467159264839732/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr64839732",
            "media_url_https" : "https://pbs.twimg.com/media/fr64839732.jpg",
            "id_str" : "2025467159264839732",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "21",
      "id_str" : "2025467159264839732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2025467159264839732",
      "created_at" : "Sun Feb 22 07:06:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Questa settimana in vetrina c'è il pane al farro, fatto come lo faceva il nonno.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Ferri",
            "screen_name" : "marcoferri",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2024746265511728602",
      "id_str" : "2024769515642093378",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2024769515642093378",
      "in_reply_to_status_id" : "2024746265511728602",
      "created_at" : "Fri Feb 20 08:54:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcoferri Ciao Marco! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcoferri"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024733131672350204"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "7",
      "id_str" : "2024733131672350204",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2024733131672350204",
      "created_at" : "Fri Feb 20 06:29:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making the hand-stretched grissini by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "William White",
            "screen_name" : "williamwhite",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2023371664753386008",
      "id_str" : "2023382355951457808",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023382355951457808",
      "in_reply_to_status_id" : "2023371664753386008",
      "created_at" : "Mon Feb 16 13:02:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@williamwhite Hi William! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "williamwhite"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2023358653795974211",
      "id_str" : "2023371814101981625",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023371814101981625",
      "in_reply_to_status_id" : "2023358653795974211",
      "created_at" : "Mon Feb 16 12:20:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviabennett Hi Olivia! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023353668486945700"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2023353668486945700/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr86945700",
            "media_url_https" : "https://pbs.twimg.com/media/fr86945700.jpg",
            "id_str" : "2023353668486945700",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "11",
      "id_str" : "2023353668486945700",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2023353668486945700",
      "created_at" : "Mon Feb 16 11:08:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Which do you prefer: the tray pizza or the seeded loaf?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Elisa Rinaldi",
            "screen_name" : "elisarinaldi",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2022622909123939327",
      "id_str" : "2022669409898169263",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2022669409898169263",
      "in_reply_to_status_id" : "2022622909123939327",
      "created_at" : "Sat Feb 14 13:49:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@elisarinaldi Ciao Elisa, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "elisarinaldi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessandro Mariani",
            "screen_name" : "alessandromariani",
            "indices" : [
              "0",
              "18"
            ]
          }
        ]
      },
      "display_text_range" : [
        "19",
        "86"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2022593875891801286",
      "id_str" : "2022615734657056758",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2022615734657056758",
      "in_reply_to_status_id" : "2022593875891801286",
      "created_at" : "Sat Feb 14 10:15:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@alessandromariani Ciao Alessandro! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessandromariani"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022559032019207973"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2022559032019207973/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr19207973",
            "media_url_https" : "https://pbs.twimg.com/media/fr19207973.jpg",
            "id_str" : "2022559032019207973",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "16",
      "id_str" : "2022559032019207973",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2022559032019207973",
      "created_at" : "Sat Feb 14 06:30:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making the wholemeal cornetti by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Pérez",
            "screen_name" : "sofiaperez",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2022421728701498786",
      "id_str" : "2022434328784036295",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2022434328784036295",
      "in_reply_to_status_id" : "2022421728701498786",
      "created_at" : "Fri Feb 13 22:14:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@sofiaperez Hi Sofía! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "sofiaperez"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022397281847055478"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2022397281847055478/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr47055478",
            "media_url_https" : "https://pbs.twimg.com/media/fr47055478.jpg",
            "id_str" : "2022397281847055478",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "10",
      "id_str" : "2022397281847055478",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2022397281847055478",
      "created_at" : "Fri Feb 13 19:47:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare il pane al farro.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Simone Testa",
            "screen_name" : "simonetesta",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "35"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2021671742121577144",
      "id_str" : "2021680206761463626",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021680206761463626",
      "in_reply_to_status_id" : "2021671742121577144",
      "created_at" : "Wed Feb 11 20:18:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@simonetesta Grazie mille Simone! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "simonetesta"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021635740661022714"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "8",
      "id_str" : "2021635740661022714",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021635740661022714",
      "created_at" : "Wed Feb 11 17:21:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: the sfogliatelle. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Matteo Ricci",
            "screen_name" : "matteoricci",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "35"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2021064796736284647",
      "id_str" : "2021100592137676944",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021100592137676944",
      "in_reply_to_status_id" : "2021064796736284647",
      "created_at" : "Tue Feb 10 05:55:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@matteoricci Ti aspettiamo, Matteo!",
      "lang" : "it",
      "in_reply_to_screen_name" : "matteoricci"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Grace Smith",
            "screen_name" : "gracesmith",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "66"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2020937004573466296",
      "id_str" : "2021003635525375184",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021003635525375184",
      "in_reply_to_status_id" : "2020937004573466296",
      "created_at" : "Mon Feb 09 23:29:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@gracesmith Thank you Grace, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "gracesmith"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Matteo Ricci",
            "screen_name" : "matteoricci",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2020844387875577380",
      "id_str" : "2020874782916200061",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020874782916200061",
      "in_reply_to_status_id" : "2020844387875577380",
      "created_at" : "Mon Feb 09 14:57:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@matteoricci Ciao Matteo! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "matteoricci"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Walker",
            "screen_name" : "sophiewalker",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "72"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2020626074817510283",
      "id_str" : "2020647452720669058",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020647452720669058",
      "in_reply_to_status_id" : "2020626074817510283",
      "created_at" : "Sun Feb 08 23:54:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@sophiewalker Hi Sophie! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "sophiewalker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Oliver White",
            "screen_name" : "oliverwhite",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2020568532310651293",
      "id_str" : "2020582788797526019",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020582788797526019",
      "in_reply_to_status_id" : "2020568532310651293",
      "created_at" : "Sun Feb 08 19:37:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliverwhite Hi Oliver, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliverwhite"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "82"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2020465168743869565",
      "id_str" : "2020479187015344451",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020479187015344451",
      "in_reply_to_status_id" : "2020465168743869565",
      "created_at" : "Sun Feb 08 12:45:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@alessiamarchetti Ciao Alessia! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020460638994028039"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2020460638994028039/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr94028039",
            "media_url_https" : "https://pbs.twimg.com/media/fr94028039.jpg",
            "id_str" : "2020460638994028039",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "25",
      "id_str" : "2020460638994028039",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2020460638994028039",
      "created_at" : "Sun Feb 08 11:32:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Questa settimana in vetrina c'è le sfogliatelle, fatto come lo faceva il nonno.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alice Caruso",
            "screen_name" : "alicecaruso",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2019693427316192191",
      "id_str" : "2019704548264149570",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019704548264149570",
      "in_reply_to_status_id" : "2019693427316192191",
      "created_at" : "Fri Feb 06 09:27:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@alicecaruso Ciao Alice! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alicecaruso"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019680310691675511"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2019680310691675511/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr91675511",
            "media_url_https" : "https://pbs.twimg.com/media/fr91675511.jpg",
            "id_str" : "2019680310691675511",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "15",
      "id_str" : "2019680310691675511",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2019680310691675511",
      "created_at" : "Fri Feb 06 07:51:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Vi presentiamo Rosa, che da vent'anni prepara la focaccia genovese con le sue mani.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018659050650057369"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "24",
      "id_str" : "2018659050650057369",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2018659050650057369",
      "created_at" : "Tue Feb 03 12:13:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Da oggi la crostata di albicocche si ordina anche online, con consegna il giorno dopo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017921069699275896"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2017921069699275896/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr99275896",
            "media_url_https" : "https://pbs.twimg.com/media/fr99275896.jpg",
            "id_str" : "2017921069699275896",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "11",
      "id_str" : "2017921069699275896",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2017921069699275896",
      "created_at" : "Sun Feb 01 11:20:48 +0000 2026",
      "favorited" : false,
      "full_text" : "We are hiring a baker's apprentice. Come and learn to make the apricot crostata with us.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016756644434704005"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "13",
      "id_str" : "2016756644434704005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2016756644434704005",
      "created_at" : "Thu Jan 29 06:13:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare il panettone.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016108003445349690"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "14",
      "id_str" : "2016108003445349690",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2016108003445349690",
      "created_at" : "Tue Jan 27 11:16:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making the apricot crostata by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015028931210144119"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "17",
      "id_str" : "2015028931210144119",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2015028931210144119",
      "created_at" : "Sat Jan 24 11:48:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Appena sfornato: la pizza in teglia. Vi aspettiamo in negozio fino alle 19!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Petit",
            "screen_name" : "hugopetit",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2014843159874319421",
      "id_str" : "2014848900418855928",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014848900418855928",
      "in_reply_to_status_id" : "2014843159874319421",
      "created_at" : "Fri Jan 23 23:53:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@hugopetit Hi Hugo! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "hugopetit"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014745462760630979"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2014745462760630979/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr60630979",
            "media_url_https" : "https://pbs.twimg.com/media/fr60630979.jpg",
            "id_str" : "2014745462760630979",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "23",
      "id_str" : "2014745462760630979",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014745462760630979",
      "created_at" : "Fri Jan 23 17:02:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Da oggi i biscotti al burro si ordina anche online, con consegna il giorno dopo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013860408021506896"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2013860408021506896/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr21506896",
            "media_url_https" : "https://pbs.twimg.com/media/fr21506896.jpg",
            "id_str" : "2013860408021506896",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "12",
      "id_str" : "2013860408021506896",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013860408021506896",
      "created_at" : "Wed Jan 21 06:25:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making the spelt loaf by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012949927983619888"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "9",
      "id_str" : "2012949927983619888",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2012949927983619888",
      "created_at" : "Sun Jan 18 18:07:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Three ingredients, \"no secrets\", for the panettone:\ngood flour, water, and time.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2012109302183008266",
      "id_str" : "2012121261917542343",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2012121261917542343",
      "in_reply_to_status_id" : "2012109302183008266",
      "created_at" : "Fri Jan 16 11:14:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@oliviabennett Hi Olivia! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012045910284110098"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "17",
      "id_str" : "2012045910284110098",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2012045910284110098",
      "created_at" : "Fri Jan 16 06:15:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco i biscotti al burro.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Jones",
            "screen_name" : "ellajones",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "31"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2011427083792498367",
      "id_str" : "2011438803826186154",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011438803826186154",
      "in_reply_to_status_id" : "2011427083792498367",
      "created_at" : "Wed Jan 14 14:02:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@ellajones Ti aspettiamo, Ella!",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellajones"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Jones",
            "screen_name" : "ellajones",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2011399165385492578",
      "id_str" : "2011401708008056813",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011401708008056813",
      "in_reply_to_status_id" : "2011399165385492578",
      "created_at" : "Wed Jan 14 11:35:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@ellajones Thank you Ella, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellajones"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Federica De Luca",
            "screen_name" : "federicadeluca",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2011346820129451577",
      "id_str" : "2011379593011620049",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011379593011620049",
      "in_reply_to_status_id" : "2011346820129451577",
      "created_at" : "Wed Jan 14 10:07:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@federicadeluca Ciao Federica! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "federicadeluca"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011340753372416215"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2011340753372416215/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr72416215",
            "media_url_https" : "https://pbs.twimg.com/media/fr72416215.jpg",
            "id_str" : "2011340753372416215",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "9",
      "id_str" : "2011340753372416215",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2011340753372416215",
      "created_at" : "Wed Jan 14 07:32:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare la focaccia genovese.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010674081417945455"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "26",
      "id_str" : "2010674081417945455",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2010674081417945455",
      "created_at" : "Mon Jan 12 11:23:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Rosa, who has been making the tray pizza by hand for twenty years.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Brown",
            "screen_name" : "sophiebrown",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "68"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2009404023391681067",
      "id_str" : "2009408056582017231",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009408056582017231",
      "in_reply_to_status_id" : "2009404023391681067",
      "created_at" : "Thu Jan 08 23:33:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@sophiebrown Thank you Sophie, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "sophiebrown"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Noah Jones",
            "screen_name" : "noahjones",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2009339052185398799",
      "id_str" : "2009348938534956758",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009348938534956758",
      "in_reply_to_status_id" : "2009339052185398799",
      "created_at" : "Thu Jan 08 19:38:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@noahjones Hi Noah! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "noahjones"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Léa Dubois",
            "screen_name" : "leadubois",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "26"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2009215587761091881",
      "id_str" : "2009295555908122969",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009295555908122969",
      "in_reply_to_status_id" : "2009215587761091881",
      "created_at" : "Thu Jan 08 16:06:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@leadubois A presto Léa! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "leadubois"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Emma Davies",
            "screen_name" : "emmadavies",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "72"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2009187139490823877",
      "id_str" : "2009193214266539970",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009193214266539970",
      "in_reply_to_status_id" : "2009187139490823877",
      "created_at" : "Thu Jan 08 09:19:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@emmadavies Hi Emma, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "emmadavies"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Ferri",
            "screen_name" : "marcoferri",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2009166454572942729",
      "id_str" : "2009192841050145258",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009192841050145258",
      "in_reply_to_status_id" : "2009166454572942729",
      "created_at" : "Thu Jan 08 09:17:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcoferri Ciao Marco, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcoferri"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Léa Dubois",
            "screen_name" : "leadubois",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "66"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2009159497897707997",
      "id_str" : "2009185232092932182",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009185232092932182",
      "in_reply_to_status_id" : "2009159497897707997",
      "created_at" : "Thu Jan 08 08:47:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@leadubois Hi Léa! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "leadubois"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009143701347808918"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2009143701347808918/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr47808918",
            "media_url_https" : "https://pbs.twimg.com/media/fr47808918.jpg",
            "id_str" : "2009143701347808918",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "18",
      "id_str" : "2009143701347808918",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2009143701347808918",
      "created_at" : "Thu Jan 08 06:02:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per la colomba:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Thomas Williams",
            "screen_name" : "thomaswilliams",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "34"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2008965996701891844",
      "id_str" : "2008993890775124029",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008993890775124029",
      "in_reply_to_status_id" : "2008965996701891844",
      "created_at" : "Wed Jan 07 20:07:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@thomaswilliams A presto Thomas! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "thomaswilliams"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Thomas Williams",
            "screen_name" : "thomaswilliams",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "78"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2008833432884777769",
      "id_str" : "2008847321640141821",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008847321640141821",
      "in_reply_to_status_id" : "2008833432884777769",
      "created_at" : "Wed Jan 07 10:24:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@thomaswilliams Hi Thomas, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "thomaswilliams"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008808341998452668"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "15",
      "id_str" : "2008808341998452668",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2008808341998452668",
      "created_at" : "Wed Jan 07 07:50:05 +0000 2026",
      "favorited" : false,
      "full_text" : "This week's special is the apricot crostata, the way grandpa used to make it.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007862801014206788"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "34",
      "id_str" : "2007862801014206788",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2007862801014206788",
      "created_at" : "Sun Jan 04 17:12:50 +0000 2026",
      "favorited" : false,
      "full_text" : "This week's special is the panettone, the way grandpa used to make it.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006995919684358903"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "10",
      "id_str" : "2006995919684358903",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2006995919684358903",
      "created_at" : "Fri Jan 02 07:48:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Behind the scenes at 4 a.m.: this is how the sfogliatelle is made.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005702229937317185"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "10",
      "id_str" : "2005702229937317185",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2005702229937317185",
      "created_at" : "Mon Dec 29 18:07:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Three generations, one oven: the story behind the tray pizza.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Simone Caruso",
            "screen_name" : "simonecaruso",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "116"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2005122551650094374",
      "id_str" : "2005124502531106683",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005124502531106683",
      "in_reply_to_status_id" : "2005122551650094374",
      "created_at" : "Sun Dec 28 03:51:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@simonecaruso Ciao Simone, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "simonecaruso"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004980255527758345"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2004980255527758345/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr27758345",
            "media_url_https" : "https://pbs.twimg.com/media/fr27758345.jpg",
            "id_str" : "2004980255527758345",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "16",
      "id_str" : "2004980255527758345",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2004980255527758345",
      "created_at" : "Sat Dec 27 18:18:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Qual è il vostro preferito: il pane con le noci o il pane ai cereali?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sofía López",
            "screen_name" : "sofialopez",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "33"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2003977352950735814",
      "id_str" : "2004043862871876450",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004043862871876450",
      "in_reply_to_status_id" : "2003977352950735814",
      "created_at" : "Thu Dec 25 04:17:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@sofialopez Ti aspettiamo, Sofía!",
      "lang" : "it",
      "in_reply_to_screen_name" : "sofialopez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sofía López",
            "screen_name" : "sofialopez",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2003944074838821039",
      "id_str" : "2003955000745122951",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003955000745122951",
      "in_reply_to_status_id" : "2003944074838821039",
      "created_at" : "Wed Dec 24 22:24:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@sofialopez Hi Sofía, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "sofialopez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Longo",
            "screen_name" : "marcolongo",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "29"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2003876906571681974",
      "id_str" : "2003922217517772686",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003922217517772686",
      "in_reply_to_status_id" : "2003876906571681974",
      "created_at" : "Wed Dec 24 20:14:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@marcolongo A presto Marco! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcolongo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sara Gallo",
            "screen_name" : "saragallo",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "25"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2003899676032650206",
      "id_str" : "2003904141712129442",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003904141712129442",
      "in_reply_to_status_id" : "2003899676032650206",
      "created_at" : "Wed Dec 24 19:02:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@saragallo Grazie Sara! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "saragallo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Longo",
            "screen_name" : "marcolongo",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2003809972667165242",
      "id_str" : "2003820036177633903",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003820036177633903",
      "in_reply_to_status_id" : "2003809972667165242",
      "created_at" : "Wed Dec 24 13:28:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@marcolongo Grazie Marco, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcolongo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Amelia Williams",
            "screen_name" : "ameliawilliams",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "78"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2003736513714591576",
      "id_str" : "2003752317651841247",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003752317651841247",
      "in_reply_to_status_id" : "2003736513714591576",
      "created_at" : "Wed Dec 24 08:59:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@ameliawilliams Hi Amelia, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "ameliawilliams"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2003722732304416398",
      "id_str" : "2003735891557032963",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003735891557032963",
      "in_reply_to_status_id" : "2003722732304416398",
      "created_at" : "Wed Dec 24 07:53:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@alessiamarchetti Ciao Alessia, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Mia Schneider",
            "screen_name" : "miaschneider",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "66"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2003726708430530567",
      "id_str" : "2003734512728268255",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003734512728268255",
      "in_reply_to_status_id" : "2003726708430530567",
      "created_at" : "Wed Dec 24 07:48:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@miaschneider Thank you Mia, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "miaschneider"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lena Müller",
            "screen_name" : "lenamuller",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "65"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2003719934956676262",
      "id_str" : "2003733630361684394",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003733630361684394",
      "in_reply_to_status_id" : "2003719934956676262",
      "created_at" : "Wed Dec 24 07:44:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@lenamuller Thank you Lena, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "lenamuller"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003724184584408327"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "24",
      "id_str" : "2003724184584408327",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2003724184584408327",
      "created_at" : "Wed Dec 24 07:07:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Three ingredients, \"no secrets\", for the spelt loaf:\ngood flour, water, and time.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003711880862795931"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "13",
      "id_str" : "2003711880862795931",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2003711880862795931",
      "created_at" : "Wed Dec 24 06:18:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare i biscotti al burro.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Emma Wilson",
            "screen_name" : "emmawilson",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2002492116797736075",
      "id_str" : "2002509772751208986",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002509772751208986",
      "in_reply_to_status_id" : "2002492116797736075",
      "created_at" : "Sat Dec 20 22:41:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@emmawilson Hi Emma! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "emmawilson"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002451522243080298"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2002451522243080298/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr43080298",
            "media_url_https" : "https://pbs.twimg.com/media/fr43080298.jpg",
            "id_str" : "2002451522243080298",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "6",
      "id_str" : "2002451522243080298",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2002451522243080298",
      "created_at" : "Sat Dec 20 18:50:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Dietro le quinte alle 4 del mattino: così nasce il pane con le noci.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucía Pérez",
            "screen_name" : "luciaperez",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2002415077567742215",
      "id_str" : "2002419225000446050",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002419225000446050",
      "in_reply_to_status_id" : "2002415077567742215",
      "created_at" : "Sat Dec 20 16:42:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@luciaperez Hi Lucía! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "luciaperez"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002079199109911499"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "22",
      "id_str" : "2002079199109911499",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2002079199109911499",
      "created_at" : "Fri Dec 19 18:10:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco le sfogliatelle.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "William Williams",
            "screen_name" : "williamwilliams",
            "indices" : [
              "0",
              "16"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "46"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2001571393767973128",
      "id_str" : "2001573093220856673",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2001573093220856673",
      "in_reply_to_status_id" : "2001571393767973128",
      "created_at" : "Thu Dec 18 08:39:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@williamwilliams Thanks William, see you soon!",
      "lang" : "it",
      "in_reply_to_screen_name" : "williamwilliams"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001353693396492926"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "26",
      "id_str" : "2001353693396492926",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2001353693396492926",
      "created_at" : "Wed Dec 17 18:07:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Appena sfornato: il pane al farro. Vi aspettiamo in negozio fino alle 19!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Anna Müller",
            "screen_name" : "annamuller",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2000404132316140721",
      "id_str" : "2000425806053001663",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2000425806053001663",
      "in_reply_to_status_id" : "2000404132316140721",
      "created_at" : "Mon Dec 15 04:40:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@annamuller Hi Anna! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "annamuller"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Luca Russo",
            "screen_name" : "lucarusso",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "79"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2000406575310517776",
      "id_str" : "2000410733789844696",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2000410733789844696",
      "in_reply_to_status_id" : "2000406575310517776",
      "created_at" : "Mon Dec 15 03:40:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucarusso Grazie Luca, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucarusso"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Chiara Vitale",
            "screen_name" : "chiaravitale",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2000350877806832761",
      "id_str" : "2000365726403662058",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2000365726403662058",
      "in_reply_to_status_id" : "2000350877806832761",
      "created_at" : "Mon Dec 15 00:42:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@chiaravitale Ciao Chiara! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "chiaravitale"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Chloé Petit",
            "screen_name" : "chloepetit",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2000327045493379136",
      "id_str" : "2000327698060674778",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2000327698060674778",
      "in_reply_to_status_id" : "2000327045493379136",
      "created_at" : "Sun Dec 14 22:11:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@chloepetit Hi Chloé! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "chloepetit"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000276856054885120"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/2000276856054885120/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr54885120",
            "media_url_https" : "https://pbs.twimg.com/media/fr54885120.jpg",
            "id_str" : "2000276856054885120",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "8",
      "id_str" : "2000276856054885120",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2000276856054885120",
      "created_at" : "Sun Dec 14 18:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Domenica sforniamo la focaccia genovese: con o senza uvetta?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Francesca Costa",
            "screen_name" : "francescacosta",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1999554326626444263",
      "id_str" : "1999559448421826693",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999559448421826693",
      "in_reply_to_status_id" : "1999554326626444263",
      "created_at" : "Fri Dec 12 19:18:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@francescacosta Ciao Francesca! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "francescacosta"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "James Brown",
            "screen_name" : "jamesbrown",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1999203904286372274",
      "id_str" : "1999214931842172211",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999214931842172211",
      "in_reply_to_status_id" : "1999203904286372274",
      "created_at" : "Thu Dec 11 20:29:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@jamesbrown Hi James, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "jamesbrown"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Olivia Bennett",
            "screen_name" : "oliviabennett",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1999175605327572202",
      "id_str" : "1999201951408969545",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999201951408969545",
      "in_reply_to_status_id" : "1999175605327572202",
      "created_at" : "Thu Dec 11 19:37:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@oliviabennett Hi Olivia! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "oliviabennett"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Chloé Dubois",
            "screen_name" : "chloedubois",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1999173537362177120",
      "id_str" : "1999200246891863906",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999200246891863906",
      "in_reply_to_status_id" : "1999173537362177120",
      "created_at" : "Thu Dec 11 19:30:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@chloedubois Hi Chloé, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "chloedubois"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Luca Vitale",
            "screen_name" : "lucavitale",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "112"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1999120353015741221",
      "id_str" : "1999137935064383195",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999137935064383195",
      "in_reply_to_status_id" : "1999120353015741221",
      "created_at" : "Thu Dec 11 15:23:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucavitale Ciao Luca, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucavitale"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Beatrice Ricci",
            "screen_name" : "beatricericci",
            "indices" : [
              "0",
              "14"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "87"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1999092921735840364",
      "id_str" : "1999116131934151942",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999116131934151942",
      "in_reply_to_status_id" : "1999092921735840364",
      "created_at" : "Thu Dec 11 13:56:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@beatricericci Grazie Beatrice, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "beatricericci"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Luca Longo",
            "screen_name" : "lucalongo",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1999093747419137434",
      "id_str" : "1999103827198216721",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999103827198216721",
      "in_reply_to_status_id" : "1999093747419137434",
      "created_at" : "Thu Dec 11 13:07:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucalongo Ciao Luca! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucalongo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999086340730903534"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "25",
      "id_str" : "1999086340730903534",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1999086340730903534",
      "created_at" : "Thu Dec 11 11:58:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Have you ever tasted grandma's custard tart straight from the oven? Tell us!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997922903798711431"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "27",
      "id_str" : "1997922903798711431",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1997922903798711431",
      "created_at" : "Mon Dec 08 06:55:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: grandma's custard tart. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Sánchez",
            "screen_name" : "sofiasanchez",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1997887731828772855",
      "id_str" : "1997893279677703815",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997893279677703815",
      "in_reply_to_status_id" : "1997887731828772855",
      "created_at" : "Mon Dec 08 04:57:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@sofiasanchez Hi Sofía! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "sofiasanchez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Ferri",
            "screen_name" : "marcoferri",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "33"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1997712188185489602",
      "id_str" : "1997828537129757383",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997828537129757383",
      "in_reply_to_status_id" : "1997712188185489602",
      "created_at" : "Mon Dec 08 00:40:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@marcoferri Ti aspettiamo, Marco!",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcoferri"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Martin",
            "screen_name" : "hugomartin",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "32"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1997622538478291957",
      "id_str" : "1997646111357742292",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997646111357742292",
      "in_reply_to_status_id" : "1997622538478291957",
      "created_at" : "Sun Dec 07 12:35:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@hugomartin Ti aspettiamo, Hugo!",
      "lang" : "it",
      "in_reply_to_screen_name" : "hugomartin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1997586972627520170",
      "id_str" : "1997639306164885989",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997639306164885989",
      "in_reply_to_status_id" : "1997586972627520170",
      "created_at" : "Sun Dec 07 12:08:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@davidegreco Grazie Davide, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Marco Ferri",
            "screen_name" : "marcoferri",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1997627634510326612",
      "id_str" : "1997631146078376710",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997631146078376710",
      "in_reply_to_status_id" : "1997627634510326612",
      "created_at" : "Sun Dec 07 11:35:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@marcoferri Ciao Marco, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "marcoferri"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Martin",
            "screen_name" : "hugomartin",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1997602184489893568",
      "id_str" : "1997607692471620889",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997607692471620889",
      "in_reply_to_status_id" : "1997602184489893568",
      "created_at" : "Sun Dec 07 10:02:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@hugomartin Hi Hugo! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "hugomartin"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997565627880908740"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/1997565627880908740/video/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr80908740",
            "media_url_https" : "https://pbs.twimg.com/media/fr80908740.jpg",
            "id_str" : "1997565627880908740",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "37",
      "id_str" : "1997565627880908740",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1997565627880908740",
      "created_at" : "Sun Dec 07 07:15:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: the panettone. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Matteo Fabbri",
            "screen_name" : "matteofabbri",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "84"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1996519985542332903",
      "id_str" : "1996552154442245522",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996552154442245522",
      "in_reply_to_status_id" : "1996519985542332903",
      "created_at" : "Thu Dec 04 12:08:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@matteofabbri Grazie Matteo, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "matteofabbri"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Chiara Testa",
            "screen_name" : "chiaratesta",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1996502134439775689",
      "id_str" : "1996513135844360888",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1996513135844360888",
      "in_reply_to_status_id" : "1996502134439775689",
      "created_at" : "Thu Dec 04 09:33:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@chiaratesta Ciao Chiara, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "chiaratesta"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996470792697222217"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/1996470792697222217/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr97222217",
            "media_url_https" : "https://pbs.twimg.com/media/fr97222217.jpg",
            "id_str" : "1996470792697222217",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "8",
      "id_str" : "1996470792697222217",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1996470792697222217",
      "created_at" : "Thu Dec 04 06:45:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Lievito madre, farina macinata a pietra e tanta pazienza: ecco i grissini stirati a mano.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucy Davies",
            "screen_name" : "lucydavies",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1995908707814238191",
      "id_str" : "1995918339913167195",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995918339913167195",
      "in_reply_to_status_id" : "1995908707814238191",
      "created_at" : "Tue Dec 02 18:09:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucydavies So glad you like it, Lucy!",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucydavies"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "82"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1995752254837964836",
      "id_str" : "1995805476910334530",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995805476910334530",
      "in_reply_to_status_id" : "1995752254837964836",
      "created_at" : "Tue Dec 02 10:41:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@alessiamarchetti Ciao Alessia! Siamo aperti anche la domenica dalle 7:30 alle 13.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995739000541771125"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/1995739000541771125/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr41771125",
            "media_url_https" : "https://pbs.twimg.com/media/fr41771125.jpg",
            "id_str" : "1995739000541771125",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "7",
      "id_str" : "1995739000541771125",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995739000541771125",
      "created_at" : "Tue Dec 02 06:17:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Behind the scenes at 4 a.m.: this is how the Easter colomba is made.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Grace Johnson",
            "screen_name" : "gracejohnson",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "35"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1995148260507492184",
      "id_str" : "1995187147759857819",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995187147759857819",
      "in_reply_to_status_id" : "1995148260507492184",
      "created_at" : "Sun Nov 30 17:44:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@gracejohnson Ti aspettiamo, Grace!",
      "lang" : "it",
      "in_reply_to_screen_name" : "gracejohnson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucía López",
            "screen_name" : "lucialopez",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1995162446646104752",
      "id_str" : "1995170606486857520",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995170606486857520",
      "in_reply_to_status_id" : "1995162446646104752",
      "created_at" : "Sun Nov 30 16:38:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucialopez Hi Lucía! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucialopez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Sara Vitale",
            "screen_name" : "saravitale",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1995158871365630254",
      "id_str" : "1995164278772179995",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995164278772179995",
      "in_reply_to_status_id" : "1995158871365630254",
      "created_at" : "Sun Nov 30 16:13:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@saravitale Grazie Sara, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "saravitale"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Grace Johnson",
            "screen_name" : "gracejohnson",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1995096661138436586",
      "id_str" : "1995102279236968946",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995102279236968946",
      "in_reply_to_status_id" : "1995096661138436586",
      "created_at" : "Sun Nov 30 12:07:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@gracejohnson Hi Grace, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "gracejohnson"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995020282875090374"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "5",
      "id_str" : "1995020282875090374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995020282875090374",
      "created_at" : "Sun Nov 30 06:41:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: the sfogliatelle. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Elisa Mariani",
            "screen_name" : "elisamariani",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1994629137032384707",
      "id_str" : "1994634497107423425",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994634497107423425",
      "in_reply_to_status_id" : "1994629137032384707",
      "created_at" : "Sat Nov 29 05:08:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@elisamariani Ciao Elisa, consegniamo in tutta la città e nei comuni vicini: ordina entro le 18 per il giorno dopo.",
      "lang" : "it",
      "in_reply_to_screen_name" : "elisamariani"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1994530742249249690",
      "id_str" : "1994576610464706280",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994576610464706280",
      "in_reply_to_status_id" : "1994530742249249690",
      "created_at" : "Sat Nov 29 01:18:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@alessiamarchetti Ti aspettiamo, Alessia!",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Alessia Marchetti",
            "screen_name" : "alessiamarchetti",
            "indices" : [
              "0",
              "17"
            ]
          }
        ]
      },
      "display_text_range" : [
        "18",
        "89"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1994487331138563064",
      "id_str" : "1994503712468601345",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994503712468601345",
      "in_reply_to_status_id" : "1994487331138563064",
      "created_at" : "Fri Nov 28 20:28:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@alessiamarchetti Grazie Alessia, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "alessiamarchetti"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994473667959115737"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "19",
      "id_str" : "1994473667959115737",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1994473667959115737",
      "created_at" : "Fri Nov 28 18:29:12 +0000 2025",
      "favorited" : false,
      "full_text" : "This week's special is the panettone, the way grandpa used to make it.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "James Johnson",
            "screen_name" : "jamesjohnson",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "95"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1993700949925515449",
      "id_str" : "1993747139850495753",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1993747139850495753",
      "in_reply_to_status_id" : "1993700949925515449",
      "created_at" : "Wed Nov 26 18:22:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@jamesjohnson Hi James! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "jamesjohnson"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993636122970332212"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "9",
      "id_str" : "1993636122970332212",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1993636122970332212",
      "created_at" : "Wed Nov 26 11:01:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare i biscotti al burro.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992487019812953816"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "12",
      "id_str" : "1992487019812953816",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1992487019812953816",
      "created_at" : "Sun Nov 23 06:54:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Vi presentiamo Rosa, che da vent'anni prepara le sfogliatelle con le sue mani.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Walker",
            "screen_name" : "ellawalker",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1991811140195686054",
      "id_str" : "1991830525023896175",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991830525023896175",
      "in_reply_to_status_id" : "1991811140195686054",
      "created_at" : "Fri Nov 21 11:26:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@ellawalker So glad you like it, Ella!",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellawalker"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1991783128564177993",
      "id_str" : "1991805230510833954",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991805230510833954",
      "in_reply_to_status_id" : "1991783128564177993",
      "created_at" : "Fri Nov 21 09:45:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@davidegreco Grazie Davide, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Valentina Marino",
            "screen_name" : "valentinamarino",
            "indices" : [
              "0",
              "16"
            ]
          }
        ]
      },
      "display_text_range" : [
        "17",
        "90"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1991787793851300047",
      "id_str" : "1991797903572487131",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991797903572487131",
      "in_reply_to_status_id" : "1991787793851300047",
      "created_at" : "Fri Nov 21 09:16:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@valentinamarino Grazie Valentina, che bello leggerlo! Lo diciamo subito a tutto il forno.",
      "lang" : "it",
      "in_reply_to_screen_name" : "valentinamarino"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Chiara Vitale",
            "screen_name" : "chiaravitale",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "36"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1991773635531732548",
      "id_str" : "1991795075198882350",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991795075198882350",
      "in_reply_to_status_id" : "1991773635531732548",
      "created_at" : "Fri Nov 21 09:05:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@chiaravitale Grazie mille Chiara! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "chiaravitale"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991756696864716493"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/1991756696864716493/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr64716493",
            "media_url_https" : "https://pbs.twimg.com/media/fr64716493.jpg",
            "id_str" : "1991756696864716493",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "10",
      "id_str" : "1991756696864716493",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1991756696864716493",
      "created_at" : "Fri Nov 21 06:32:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Qual è il vostro preferito: la pizza in teglia o il pane ai cereali?",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Noah Hughes",
            "screen_name" : "noahhughes",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1990839185268959453",
      "id_str" : "1990863046979850554",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990863046979850554",
      "in_reply_to_status_id" : "1990839185268959453",
      "created_at" : "Tue Nov 18 19:21:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@noahhughes Hi Noah! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "noahhughes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lorenzo Bruno",
            "screen_name" : "lorenzobruno",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "33"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1990800171119094073",
      "id_str" : "1990821669030357673",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990821669030357673",
      "in_reply_to_status_id" : "1990800171119094073",
      "created_at" : "Tue Nov 18 16:37:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@lorenzobruno A presto Lorenzo! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "lorenzobruno"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lorenzo Bruno",
            "screen_name" : "lorenzobruno",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "31"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1990783585338132691",
      "id_str" : "1990787781649337153",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990787781649337153",
      "in_reply_to_status_id" : "1990783585338132691",
      "created_at" : "Tue Nov 18 14:22:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@lorenzobruno Grazie Lorenzo! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "lorenzobruno"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990674918298675394"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "8",
      "id_str" : "1990674918298675394",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1990674918298675394",
      "created_at" : "Tue Nov 18 06:54:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: the hand-stretched grissini. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Martin",
            "screen_name" : "hugomartin",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "68"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1989753384486284182",
      "id_str" : "1989771888146740029",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989771888146740029",
      "in_reply_to_status_id" : "1989753384486284182",
      "created_at" : "Sat Nov 15 19:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@hugomartin Hi Hugo! The shop is open on Sundays from 7:30 to 1 p.m.",
      "lang" : "it",
      "in_reply_to_screen_name" : "hugomartin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Jules Martin",
            "screen_name" : "julesmartin",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1989699810047142525",
      "id_str" : "1989703906679842015",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989703906679842015",
      "in_reply_to_status_id" : "1989699810047142525",
      "created_at" : "Sat Nov 15 14:35:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@julesmartin Hi Jules, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "julesmartin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Isla Evans",
            "screen_name" : "islaevans",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1989616858726857735",
      "id_str" : "1989622972788970801",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989622972788970801",
      "in_reply_to_status_id" : "1989616858726857735",
      "created_at" : "Sat Nov 15 09:14:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@islaevans Hi Isla! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "islaevans"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Daniel López",
            "screen_name" : "daniellopez",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1989589682382190928",
      "id_str" : "1989602709446750027",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989602709446750027",
      "in_reply_to_status_id" : "1989589682382190928",
      "created_at" : "Sat Nov 15 07:53:45 +0000 2025",
      "favorited" : false,
      "full_text" : "@daniellopez Hi Daniel, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "daniellopez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Ella Brown",
            "screen_name" : "ellabrown",
            "indices" : [
              "0",
              "10"
            ]
          }
        ]
      },
      "display_text_range" : [
        "11",
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1989599428389343908",
      "id_str" : "1989601550327679034",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989601550327679034",
      "in_reply_to_status_id" : "1989599428389343908",
      "created_at" : "Sat Nov 15 07:49:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@ellabrown Hi Ella! Yes, we deliver across the city; order by 6 p.m. for next-day delivery.",
      "lang" : "it",
      "in_reply_to_screen_name" : "ellabrown"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Grace Hughes",
            "screen_name" : "gracehughes",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "31"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1989591392200254832",
      "id_str" : "1989601202226929216",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989601202226929216",
      "in_reply_to_status_id" : "1989591392200254832",
      "created_at" : "Sat Nov 15 07:47:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@gracehughes Thank you Grace! 😊",
      "lang" : "it",
      "in_reply_to_screen_name" : "gracehughes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989578940758417921"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/1989578940758417921/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr58417921",
            "media_url_https" : "https://pbs.twimg.com/media/fr58417921.jpg",
            "id_str" : "1989578940758417921",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "15",
      "id_str" : "1989578940758417921",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1989578940758417921",
      "created_at" : "Sat Nov 15 06:19:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Fresh out of the oven: our Genoese focaccia. The shop is open until 7 p.m.!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Lucy Thompson",
            "screen_name" : "lucythompson",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1989375440639807158",
      "id_str" : "1989381381300259282",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989381381300259282",
      "in_reply_to_status_id" : "1989375440639807158",
      "created_at" : "Fri Nov 14 17:14:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@lucythompson Thank you Lucy, that means a lot to the whole family!",
      "lang" : "it",
      "in_reply_to_screen_name" : "lucythompson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Jack Davies",
            "screen_name" : "jackdavies",
            "indices" : [
              "0",
              "11"
            ]
          }
        ]
      },
      "display_text_range" : [
        "12",
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1989294029116433311",
      "id_str" : "1989302818662837821",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989302818662837821",
      "in_reply_to_status_id" : "1989294029116433311",
      "created_at" : "Fri Nov 14 12:02:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@jackdavies So glad you like it, Jack!",
      "lang" : "it",
      "in_reply_to_screen_name" : "jackdavies"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989287233412345177"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/1989287233412345177/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr12345177",
            "media_url_https" : "https://pbs.twimg.com/media/fr12345177.jpg",
            "id_str" : "1989287233412345177",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "9",
      "id_str" : "1989287233412345177",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1989287233412345177",
      "created_at" : "Fri Nov 14 11:00:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per i biscotti al burro:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988133085061021353"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/1988133085061021353/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr61021353",
            "media_url_https" : "https://pbs.twimg.com/media/fr61021353.jpg",
            "id_str" : "1988133085061021353",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "18",
      "id_str" : "1988133085061021353",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1988133085061021353",
      "created_at" : "Tue Nov 11 06:33:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Tre ingredienti, \"nessun segreto\", per il panettone:\nfarina buona, acqua, e tempo.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Martínez",
            "screen_name" : "danielmartinez",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "34"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1987281493739442362",
      "id_str" : "1987326095875137630",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987326095875137630",
      "in_reply_to_status_id" : "1987281493739442362",
      "created_at" : "Sun Nov 09 01:07:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@danielmartinez A presto Daniel! 🥐",
      "lang" : "it",
      "in_reply_to_screen_name" : "danielmartinez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Martínez",
            "screen_name" : "danielmartinez",
            "indices" : [
              "0",
              "15"
            ]
          }
        ]
      },
      "display_text_range" : [
        "16",
        "78"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1987109099440174342",
      "id_str" : "1987120386825721258",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987120386825721258",
      "in_reply_to_status_id" : "1987109099440174342",
      "created_at" : "Sat Nov 08 11:29:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@danielmartinez Hi Daniel, send us a message and we will sort it out together.",
      "lang" : "it",
      "in_reply_to_screen_name" : "danielmartinez"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987048722065396480"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "13",
      "id_str" : "1987048722065396480",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1987048722065396480",
      "created_at" : "Sat Nov 08 06:45:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Sabato mattina degustazione gratuita: venite ad assaggiare i cornetti integrali.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Chiara Vitale",
            "screen_name" : "chiaravitale",
            "indices" : [
              "0",
              "13"
            ]
          }
        ]
      },
      "display_text_range" : [
        "14",
        "86"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1986347578244710460",
      "id_str" : "1986359274246578683",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986359274246578683",
      "in_reply_to_status_id" : "1986347578244710460",
      "created_at" : "Thu Nov 06 09:05:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@chiaravitale Ciao Chiara! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "chiaravitale"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "urls" : [],
        "user_mentions" : [
          {
            "name" : "Davide Greco",
            "screen_name" : "davidegreco",
            "indices" : [
              "0",
              "12"
            ]
          }
        ]
      },
      "display_text_range" : [
        "13",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1986346722409361281",
      "id_str" : "1986351778960564664",
      "in_reply_to_user_id" : "0",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986351778960564664",
      "in_reply_to_status_id" : "1986346722409361281",
      "created_at" : "Thu Nov 06 08:35:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@davidegreco Ciao Davide! Sì, certo: scrivici in privato e ti diamo tutti i dettagli.",
      "lang" : "it",
      "in_reply_to_screen_name" : "davidegreco"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986339892356342882"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/1986339892356342882/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr56342882",
            "media_url_https" : "https://pbs.twimg.com/media/fr56342882.jpg",
            "id_str" : "1986339892356342882",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "17",
      "id_str" : "1986339892356342882",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1986339892356342882",
      "created_at" : "Thu Nov 06 07:48:29 +0000 2025",
      "favorited" : false,
      "full_text" : "You can now order the Easter colomba online, delivered the next morning.",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985612144097023477"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "11",
      "id_str" : "1985612144097023477",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1985612144097023477",
      "created_at" : "Tue Nov 04 07:36:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Have you ever tasted the walnut bread straight from the oven? Tell us!",
      "lang" : "it"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984511179564240632"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/FornoRossi/status/1984511179564240632/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/fr64240632",
            "media_url_https" : "https://pbs.twimg.com/media/fr64240632.jpg",
            "id_str" : "1984511179564240632",
            "type" : "photo",
            "display_url" : "pic.x.com/fr"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "20",
      "id_str" : "1984511179564240632",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1984511179564240632",
      "created_at" : "Sat Nov 01 06:41:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Three ingredients, \"no secrets\", for the panettone:\ngood flour, water, and time.",
      "lang" : "it"
    }
  }
]