package org.workershome.core.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Put {@code @Convert(converter = EncryptedString.class)} on a personal-data column to store it encrypted. */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private final FieldEncryptor encryptor;

    public EncryptedString(FieldEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return encryptor.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return encryptor.decrypt(dbData);
    }
}
