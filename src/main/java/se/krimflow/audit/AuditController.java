package se.krimflow.audit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.krimflow.system.ApiException;
import se.krimflow.system.QueryParameters;
import se.krimflow.system.ReadAudit;

/**
 * {@code GET /api/audit} (CONTRACT.md): the read log, newest first, paged, for one case or all; as
 * CSV ({@code format=csv}) for the log review the municipality must do. The log holds no values
 * read, so neither does this answer.
 */
@RestController
class AuditController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final int MAX_PAGE_SIZE = 500;
    static final int MAX_CSV_ROWS = 100_000;

    private final ReadAudit audit;

    AuditController(ReadAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    ResponseEntity<?> log(@RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
            throw ApiException.invalid("format", "Ange format=csv eller format=json.");
        }
        if (caseNumber != null && !caseNumber.matches("[A-Z]{3}-[0-9]{4}-[0-9]{6}")) {
            throw ApiException.invalid("caseNumber", "Ange ett ärendenummer, t.ex. UNG-2026-000001.");
        }
        if (csv) {
            ReadAudit.Page all = audit.page(caseNumber, 0, MAX_CSV_ROWS);
            String name = caseNumber == null ? "lasloggen.csv" : "lasloggen-" + caseNumber + ".csv";
            return ResponseEntity.ok().contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                    .body(ReadLogCsv.render(all.items()));
        }
        int pageNumber = QueryParameters.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = QueryParameters.wholeNumber("size", size, 50, 1, MAX_PAGE_SIZE);
        ReadAudit.Page found = audit.page(caseNumber, pageNumber, pageSize);
        List<Map<String, Object>> items = found.items().stream().map(e -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("at", e.at().toString());
            item.put("userId", e.userId());
            item.put("caseNumber", e.caseNumber());
            item.put("what", e.what());
            return item;
        }).toList();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("items", items, "total", found.total()));
    }
}
