package org.casework.conversation;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Documents: the largest file taken, the content types allowed (as detected from the content), the document types
 * staff choose from (a lookup list later), where the file-system store keeps files, and how long an upload may stay
 * unattached to any case before the clean-up job removes it.
 */
@ConfigurationProperties("casework.documents")
public record DocumentProperties(
        @DefaultValue("10MB") DataSize maxSize,

        @DefaultValue({
            "application/pdf",
            "image/jpeg",
            "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text"
        })
        List<String> allowedTypes,

        @DefaultValue({"proof-of-identity", "proof-of-address", "proof-of-eligibility", "photo", "other"})
        List<String> types,

        @DefaultValue("./data/documents") Path directory,
        @DefaultValue("7d") java.time.Duration keepUnattachedFor) {}
